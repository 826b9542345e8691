package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
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
import fr.openmarches.dume.EspdResponse;
import fr.openmarches.dume.EspdResponses;
import fr.openmarches.dume.ResponseForm;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;

/**
 * The company's DUME response in the candidature envelope, in place of DC1/DC2: its ESPD XML and
 * its PDF, as saved, fetched and sealed by the client like vault copies, recorded with the response
 * and version they are (in the timestamped manifest too); only the company's own response to this
 * consultation, byte for byte, in the candidature envelope.
 */
@IntegrationTest
class EspdPiecesTest {

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
	EspdResponses responses;

	@Autowired
	BlobStore blobs;

	@Autowired
	MutableClock clock;

	ConsultationId consultation;

	ConsultationId otherConsultation;

	KeyPair openingKey;

	CompanyFixtures.Person founder;

	EspdResponse saved;

	@BeforeEach
	void aCompanyWithASavedDumeResponse() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité du DUME"), "69");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Entretien des toitures"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		otherConsultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Entretien des gouttières"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, otherConsultation);
		openingKey = fr.openmarches.opening.OpeningFixtures.openingKeyPair();
		founder = CompanyFixtures.person(accounts, "Gaëlle");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Toitures Lyonnaises"));
		saved = save(founder, consultation);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theDumeResponseIsSealedInTheCandidatureAndRecordedAsTheResponseItIs() throws Exception {
		var visitor = signedIn(founder);
		var xml = visitor.download("/api/v1/my-company/espd-responses/" + consultation + "/xml").bytes();
		var pdf = visitor.download("/api/v1/my-company/espd-responses/" + consultation + "/pdf").bytes();
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains("QualificationApplicationResponse");
		// the deposit is finalised later: a saved response gives the same bytes whatever the time
		clock.advance(Duration.ofMinutes(7));
		var client = new DepositCalls(visitor)
			.add(consultation, "APPLICATION", null, "dume-reponse.xml", xml, "espdResponse", saved.id())
			.add(consultation, "APPLICATION", null, "dume-reponse.pdf", pdf, "espdResponse", saved.id())
			.add(consultation, "OFFER", null, "offre.pdf", "prix".getBytes(StandardCharsets.UTF_8));

		var made = client.deposit(consultation, openingKey.getPublic(), List.of());

		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(made.body(), "$.pieces[0].espd.response")).isEqualTo(saved.id().toString());
		assertThat(JsonPath.<String>read(made.body(), "$.pieces[0].espd.form")).isEqualTo("XML");
		assertThat(JsonPath.<String>read(made.body(), "$.pieces[1].espd.form")).isEqualTo("PDF");
		assertThat(JsonPath.<String>read(made.body(), "$.pieces[1].espd.savedAt")).isNotNull();
		assertThat(JsonPath.<Object>read(made.body(), "$.pieces[2].espd")).isNull();
		var id = UUID.fromString(JsonPath.read(made.body(), "$.id"));
		var manifest = new String(visitor.download("/api/v1/me/deposits/" + id + "/manifest").bytes(),
				StandardCharsets.UTF_8);
		assertThat(manifest).contains("\"espdResponse\":{\"form\":\"XML\",\"response\":\"" + saved.id() + "\"",
				"\"espdResponse\":{\"form\":\"PDF\",\"response\":\"" + saved.id() + "\"");
		assertThat(visitor.get("/mon-espace/depots/" + id).body())
			.contains("Votre réponse DUME (ESPD, XML) enregistrée le", "Votre réponse DUME (PDF lisible) enregistrée le");

		// sealed like any other piece: the opening key opens the XML the company saved
		var contentKey = ContentKeys.unwrap(Base64.getDecoder().decode(JsonPath.<String>read(manifest, "$.wrappedKey")),
				openingKey.getPrivate());
		var opened = new ByteArrayOutputStream();
		try (var in = blobs.open(new BlobId(JsonPath.read(made.body(), "$.pieces[0].sealedSha256")))) {
			SealedFiles.open(in, opened, contentKey,
					Base64.getDecoder().decode(JsonPath.<String>read(made.body(), "$.pieces[0].salt")), DepositCalls.CHUNK);
		}
		assertThat(opened.toByteArray()).isEqualTo(xml);
	}

	@Test
	void theDepositPageOffersTheSavedResponseOrALinkToFillOne() {
		var page = signedIn(founder).get("/consultations/" + consultation.value() + "/depot").body();
		assertThat(page).contains("id=\"espd-response\"", "value=\"" + saved.id() + "\"", "Joindre ma réponse DUME");

		var newcomer = CompanyFixtures.person(accounts, "Hector");
		CompanyFixtures.company(companies, newcomer, Fixtures.unique("Charpentes Hector"));
		var without = signedIn(newcomer).get("/consultations/" + consultation.value() + "/depot").body();
		assertThat(without).contains("Vous n’avez pas encore enregistré de réponse DUME pour cette consultation",
				"href=\"/mon-espace/dume/" + consultation.value() + "\"").doesNotContain("id=\"espd-response\"");
	}

	@Test
	void anotherCompanysResponseAnotherConsultationsOtherBytesOrTheOfferAreRefusedAndNothingIsRecorded()
			throws Exception {
		var visitor = signedIn(founder);
		var xml = visitor.download("/api/v1/my-company/espd-responses/" + consultation + "/xml").bytes();

		var rival = CompanyFixtures.person(accounts, "Ignace");
		CompanyFixtures.company(companies, rival, Fixtures.unique("Couvreurs rivaux"));
		var theirs = new DepositCalls(signedIn(rival))
			.add(consultation, "APPLICATION", null, "dume.xml", xml, "espdResponse", saved.id())
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(theirs.status()).isEqualTo(400);
		assertThat(theirs.body()).contains("n’est pas une réponse enregistrée de votre entreprise");

		var forTheOther = save(founder, otherConsultation);
		var otherXml = visitor.download("/api/v1/my-company/espd-responses/" + otherConsultation + "/xml").bytes();
		var wrongConsultation = new DepositCalls(visitor)
			.add(consultation, "APPLICATION", null, "dume.xml", otherXml, "espdResponse", forTheOther.id())
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(wrongConsultation.status()).isEqualTo(400);
		assertThat(wrongConsultation.body()).contains("répond à une autre consultation");

		var otherBytes = new DepositCalls(visitor)
			.add(consultation, "APPLICATION", null, "dume.xml", "<pas un DUME/>".getBytes(StandardCharsets.UTF_8),
					"espdResponse", saved.id())
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(otherBytes.status()).isEqualTo(400);
		assertThat(otherBytes.body()).contains("n’est pas celle enregistrée");

		// saved again since it was fetched: the copy is no longer the response
		clock.advance(Duration.ofMinutes(1));
		save(founder, consultation);
		var stale = new DepositCalls(visitor)
			.add(consultation, "APPLICATION", null, "dume.xml", xml, "espdResponse", saved.id())
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(stale.status()).isEqualTo(400);
		assertThat(stale.body()).contains("n’est pas celle enregistrée");

		var fresh = visitor.download("/api/v1/my-company/espd-responses/" + consultation + "/xml").bytes();
		var inTheOffer = new DepositCalls(visitor)
			.add(consultation, "OFFER", null, "dume.xml", fresh, "espdResponse", saved.id())
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(inTheOffer.status()).isEqualTo(400);
		assertThat(inTheOffer.body()).contains("que dans l’enveloppe de candidature");

		var english = new WebVisitor(port);
		english.signIn(founder.email(), CompanyFixtures.PASSWORD);
		english.get("/?lang=en");
		var refusedInEnglish = new DepositCalls(english)
			.add(consultation, "APPLICATION", null, "dume.xml", otherXml, "espdResponse", forTheOther.id())
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(refusedInEnglish.body()).contains("answers another consultation");

		assertThat(visitor.get("/api/v1/me/deposits", "Accept", "application/json").body())
			.doesNotContain(consultation.value().toString());
	}

	private EspdResponse save(CompanyFixtures.Person person, ConsultationId id) {
		var draft = responses.responseOf(person.id(), id);
		return responses.save(person.id(), id, new ResponseForm(draft.operator(),
				Map.of("crime-org", new EspdResponse.Answer(false, null, null))));
	}

	private WebVisitor signedIn(CompanyFixtures.Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return visitor;
	}
}
