package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.OrganisationService;

/**
 * Fault: hostile file names in a deposit. A name with a NUL or another control character, or a
 * right-to-left override that makes it read as another (x, U+202E, « gpj.pdf » reads « xfdp.jpg »), is
 * refused with a translated explanation and nothing is recorded; a path keeps only its last part;
 * markup in a name is shown as text.
 */
@IntegrationTest
class HostileFileNamesTest {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	MutableClock clock;

	ConsultationId consultation;

	KeyPair openingKey;

	CompanyFixtures.Person founder;

	@BeforeEach
	void aPublishedConsultationAndACompany() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des noms"), "59");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Fournitures de bureau"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		openingKey = fr.openmarches.opening.OpeningFixtures.openingKeyPair();
		founder = CompanyFixtures.person(accounts, "Basile");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Papeterie du Nord"));
	}

	@Test
	void controlCharactersAndDirectionOverridesAreRefusedAndNothingIsRecorded() throws Exception {
		// names as the JSON of the request carries them
		for (var name : List.of("a\\u0000b.pdf", "offre\\u0007.pdf", "x\\u202Egpj.pdf", "y\\u2066fdp.exe\\u2069.pdf")) {
			var visitor = signedIn();
			var client = new DepositCalls(visitor).add(consultation, "OFFER", null, name, bytes("offre"));

			var refused = client.deposit(consultation, openingKey.getPublic(), List.of());

			assertThat(refused.status()).as(name).isEqualTo(400);
			assertThat(JsonPath.<String>read(refused.body(), "$.detail")).as(name).startsWith("Le nom de fichier")
				.endsWith("n’est pas accepté.");
			assertThat(visitor.send("GET", "/api/v1/me/deposits", null, null, false).body()).isEqualTo("[]");
		}
	}

	@Test
	void aPathKeepsItsLastPartAndMarkupIsShownAsText() throws Exception {
		var visitor = signedIn();
		var client = new DepositCalls(visitor).add(consultation, "OFFER", null, "../../etc/passwd", bytes("un"))
			.add(consultation, "OFFER", null, "..\\\\..\\\\Windows\\\\<img src=x onerror=alert(1)>.pdf", bytes("deux"));

		var made = client.deposit(consultation, openingKey.getPublic(), List.of());

		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(JsonPath.<List<String>>read(made.body(), "$.pieces[*].fileName"))
			.containsExactly("passwd", "<img src=x onerror=alert(1)>.pdf");
		var id = JsonPath.<String>read(made.body(), "$.id");
		assertThat(visitor.get("/mon-espace/depots/" + id).body()).contains("&lt;img src=x onerror=alert(1)&gt;.pdf")
			.doesNotContain("<img src=x");
	}

	private WebVisitor signedIn() {
		var visitor = new WebVisitor(port);
		visitor.signIn(founder.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return visitor;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
