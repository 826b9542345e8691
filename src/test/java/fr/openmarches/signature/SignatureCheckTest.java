package fr.openmarches.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.consultation.Multipart;
import fr.openmarches.identity.AccountService;

/**
 * « Vérifier une signature », page and API: a sealed PDF passes integrity and names its signer, the
 * same PDF with one signed byte changed fails it, a file that is no signature is said unsupported;
 * signed-in people only, with the CSRF token; a missing file is a translated error.
 */
@IntegrationTest
class SignatureCheckTest {

	@LocalServerPort
	int port;

	@Autowired
	PdfSeals seals;

	@Autowired
	AccountService accounts;

	WebVisitor person;

	byte[] sealed;

	@BeforeEach
	void aSignedInPersonAndASealedPdf() {
		var someone = CompanyFixtures.person(accounts, "Sidonie");
		person = new WebVisitor(port);
		person.signIn(someone.email(), CompanyFixtures.PASSWORD);
		person.get("/verification-signature");
		sealed = seals.seal(PdfSealsTest.pdf(Fixtures.unique("Acte d'engagement")),
				"Acte d'engagement", "Paris");
	}

	@Test
	void theApiNamesTheSignerAndPassesIntegrityOfAnIntactPdfAndFailsAChangedOne() {
		var intact = verify(new Multipart().file("signature", "acte.pdf", sealed));
		assertThat(intact.status()).as(intact.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(intact.body(), "$.piece")).isEqualTo("acte.pdf");
		assertThat(JsonPath.<String>read(intact.body(), "$.signers[0].format")).startsWith("PAdES");
		assertThat(JsonPath.<String>read(intact.body(), "$.signers[0].signer")).isNotBlank();
		assertThat(JsonPath.<String>read(intact.body(), "$.signers[0].checks[4].requirement")).isEqualTo("INTEGRITY");
		assertThat(JsonPath.<Boolean>read(intact.body(), "$.signers[0].checks[4].passed")).isTrue();
		assertThat(JsonPath.<String>read(intact.body(), "$.signers[0].checks[4].detail"))
			.isEqualTo("Le document n’a pas été modifié depuis sa signature.");

		var changed = Arrays.copyOf(sealed, sealed.length);
		changed[10] ^= 1; // the header's binary comment: inside the signed range, read by no parser
		var broken = verify(new Multipart().file("signature", "acte.pdf", changed));
		assertThat(broken.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(broken.body(), "$.indication")).isEqualTo("INVALID");
		assertThat(JsonPath.<String>read(broken.body(), "$.signers[0].checks[4].requirement")).isEqualTo("INTEGRITY");
		assertThat(JsonPath.<Boolean>read(broken.body(), "$.signers[0].checks[4].passed")).isFalse();
	}

	@Test
	void thePageShowsTheFiveChecksAndSaysWhenAFileIsNoSignature() {
		var form = new Multipart().file("signature", "acte.pdf", sealed);
		var page = person.send("POST", "/verification-signature", form.contentType(), form.bytes(), true);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Résultat pour « acte.pdf »", "Les cinq contrôles de l’arrêté du 22 mars 2019",
				"data-requirement=\"INTEGRITY\" data-passed=\"true\"", "Identité du signataire", "Format de signature");

		var text = new Multipart().file("signature", "offre.txt", "Prix : 1 000 €".getBytes(StandardCharsets.UTF_8));
		var unsupported = person.send("POST", "/verification-signature", text.contentType(), text.bytes(), true);
		assertThat(unsupported.body()).contains("Format de signature non pris en charge");
	}

	@Test
	void aMissingFileIsATranslatedErrorAndStrangersAndForgedFormsAreRefused() {
		var empty = new Multipart().field("note", "rien");
		var page = person.send("POST", "/verification-signature", empty.contentType(), empty.bytes(), true);
		assertThat(page.body()).contains("Choisissez le fichier signé ou le fichier de signature.");
		var api = person.send("POST", "/api/v1/signatures/verification", empty.contentType(), empty.bytes(), true);
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.body()).contains("Choisissez le fichier signé");

		var form = new Multipart().file("signature", "acte.pdf", sealed);
		var forged = person.send("POST", "/api/v1/signatures/verification", form.contentType(), form.bytes(), false);
		assertThat(forged.status()).as("without the CSRF token").isEqualTo(403);
		var stranger = new WebVisitor(port).send("POST", "/api/v1/signatures/verification", form.contentType(),
				form.bytes(), false);
		assertThat(stranger.status()).isIn(401, 403);
		assertThat(stranger.body()).doesNotContain("INTEGRITY");
		assertThat(new WebVisitor(port).get("/verification-signature").body()).doesNotContain("Les cinq contrôles");
	}

	private WebVisitor.Page verify(Multipart form) {
		return person.send("POST", "/api/v1/signatures/verification", form.contentType(), form.bytes(), true);
	}
}
