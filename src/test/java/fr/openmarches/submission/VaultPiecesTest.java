package fr.openmarches.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

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
import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.SealedFiles;
import fr.openmarches.vault.DocumentType;
import fr.openmarches.vault.Vault;

/**
 * Documents of the company's vault in a deposit: sealed like any other piece, recorded with the
 * vault document they copy (in the timestamped manifest too); only the company's own versions,
 * byte for byte, and only in the candidature envelope.
 */
@IntegrationTest
class VaultPiecesTest {

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
	Vault vault;

	@Autowired
	BlobStore blobs;

	@Autowired
	MutableClock clock;

	ConsultationId consultation;

	KeyPair openingKey;

	CompanyFixtures.Person founder;

	byte[] kbis = "%PDF-1.7 extrait Kbis de la société".getBytes(StandardCharsets.UTF_8);

	UUID kbisVersion;

	@BeforeEach
	void aCompanyWithAVaultAndAPublishedConsultation() {
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité du coffre"), "31");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Maintenance des ascenseurs"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
		openingKey = fr.openmarches.opening.OpeningFixtures.openingKeyPair();
		founder = CompanyFixtures.person(accounts, "Bérénice");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Ascenseurs du Midi"));
		kbisVersion = vault.create(founder.id(), DocumentType.KBIS, "Kbis de novembre",
				new Vault.Upload("kbis.pdf", "application/pdf", LocalDate.of(2026, 11, 2), LocalDate.of(2027, 2, 2),
						new ByteArrayInputStream(kbis)))
			.current()
			.id();
	}

	@Test
	void aVaultCopyIsSealedInTheCandidatureAndRecordedWithTheDocumentItCopies() throws Exception {
		var client = new DepositCalls(signedIn(founder))
			.add(consultation, "APPLICATION", null, "kbis.pdf", kbis, kbisVersion)
			.add(consultation, "OFFER", null, "offre.pdf", "prix".getBytes(StandardCharsets.UTF_8));

		var made = client.deposit(consultation, openingKey.getPublic(), List.of());

		assertThat(made.status()).as(made.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(made.body(), "$.pieces[0].vault.type")).isEqualTo("KBIS");
		assertThat(JsonPath.<String>read(made.body(), "$.pieces[0].vault.title")).isEqualTo("Kbis de novembre");
		assertThat(JsonPath.<String>read(made.body(), "$.pieces[0].vault.validUntil")).isEqualTo("2027-02-02");
		assertThat(JsonPath.<Object>read(made.body(), "$.pieces[1].vault")).isNull();
		var id = UUID.fromString(JsonPath.read(made.body(), "$.id"));
		var manifest = new String(client.visitor().download("/api/v1/me/deposits/" + id + "/manifest").bytes(),
				StandardCharsets.UTF_8);
		assertThat(manifest).contains("\"vault\":{\"title\":\"Kbis de novembre\",\"type\":\"KBIS\",\"validUntil\":\"2027-02-02\",\"version\":\""
				+ kbisVersion + "\"}");
		assertThat(client.visitor().get("/mon-espace/depots/" + id).body())
			.contains("Copie du coffre-fort : Extrait Kbis — Kbis de novembre", kbis.length + " octets", kbis.length + " o<");

		// sealed like any other piece: the opening key opens the same bytes
		var contentKey = ContentKeys.unwrap(Base64.getDecoder().decode(JsonPath.<String>read(manifest, "$.wrappedKey")),
				openingKey.getPrivate());
		var opened = new ByteArrayOutputStream();
		try (var in = blobs.open(new BlobId(JsonPath.read(made.body(), "$.pieces[0].sealedSha256")))) {
			SealedFiles.open(in, opened, contentKey,
					Base64.getDecoder().decode(JsonPath.<String>read(made.body(), "$.pieces[0].salt")), DepositCalls.CHUNK);
		}
		assertThat(opened.toByteArray()).isEqualTo(kbis);
	}

	@Test
	void theDepositPageOffersTheValidDocumentsOfTheVaultAndNotTheExpiredOnes() {
		vault.create(founder.id(), DocumentType.URSSAF, "Attestation du printemps",
				new Vault.Upload("urssaf.pdf", "application/pdf", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1),
						new ByteArrayInputStream("%PDF urssaf".getBytes(StandardCharsets.UTF_8))));

		var page = signedIn(founder).get("/consultations/" + consultation.value() + "/depot").body();

		assertThat(page).contains("id=\"vault-" + kbisVersion + "\"", "Extrait Kbis — Kbis de novembre",
				"valable jusqu’au 02/02/2027", "1 document(s) expiré(s) du coffre-fort ne sont pas proposés")
			.doesNotContain("Attestation du printemps");
	}

	@Test
	void anotherCompanysVersionOtherBytesOrTheOfferEnvelopeAreRefusedAndNothingIsRecorded() throws Exception {
		var rival = CompanyFixtures.person(accounts, "Rodolphe");
		CompanyFixtures.company(companies, rival, Fixtures.unique("Concurrents associés"));
		var theirs = new DepositCalls(signedIn(rival))
			.add(consultation, "APPLICATION", null, "kbis.pdf", kbis, kbisVersion)
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(theirs.status()).isEqualTo(400);
		assertThat(theirs.body()).contains("n’est pas dans le coffre-fort de votre entreprise");

		var otherBytes = new DepositCalls(signedIn(founder))
			.add(consultation, "APPLICATION", null, "kbis.pdf", "un autre Kbis".getBytes(StandardCharsets.UTF_8),
					kbisVersion)
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(otherBytes.status()).isEqualTo(400);
		assertThat(otherBytes.body()).contains("n’est pas celui du coffre-fort");

		var inTheOffer = new DepositCalls(signedIn(founder))
			.add(consultation, "OFFER", null, "kbis.pdf", kbis, kbisVersion)
			.deposit(consultation, openingKey.getPublic(), List.of());
		assertThat(inTheOffer.status()).isEqualTo(400);
		assertThat(inTheOffer.body()).contains("que dans l’enveloppe de candidature");

		assertThat(signedIn(founder).get("/api/v1/me/deposits", "Accept", "application/json").body())
			.doesNotContain(consultation.value().toString());
	}

	private WebVisitor signedIn(CompanyFixtures.Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		return visitor;
	}
}
