package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.consultation.ConsultationId;

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
	ApplicationContext context;

	ConsultationId consultation;

	KeyPair openingKey;

	CompanyFixtures.Person founder;

	@BeforeEach
	void aPublishedConsultationAndACompany() {
		var scene = DepositScene.of(context, "59", "Fournitures de bureau", "Basile", "Papeterie du Nord");
		consultation = scene.consultation();
		openingKey = scene.openingKey();
		founder = scene.founder();
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
