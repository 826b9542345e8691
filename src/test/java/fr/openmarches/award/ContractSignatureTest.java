package fr.openmarches.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.Multipart;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.signature.PdfSeals;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The contract of an awarded lot over HTTP: the buyer sends the PDF, the holder deposits it signed
 * (a PAdES signature made here on the very bytes sent), the platform refuses what signs anything else,
 * and the buyer concludes only once the standstill is over; strangers are kept out.
 */
@IntegrationTest
class ContractSignatureTest {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	PdfSeals seals;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theHolderSignsTheContractSentAndTheBuyerConcludesItAfterTheStandstill() throws Exception {
		var opened = AwardFixtures.opened(context, port);
		var analysis = context.getBean(Analysis.class);
		analysis.defineCriteria(opened.buyer().account(), opened.consultation(), 0,
				List.of(new Criterion(CriterionKind.PRICE, "Prix", 100, java.math.BigDecimal.TEN)));
		analysis.assess(opened.buyer().account(), opened.consultation(), 0, List.of(
				new Assessment(opened.firstDeposit(), new java.math.BigDecimal("9000"), java.util.Map.of(), null, null),
				new Assessment(opened.secondDeposit(), new java.math.BigDecimal("8000"), java.util.Map.of(), null, null)));
		var buyer = AwardFixtures.signedIn(port, opened.buyer().email(), Buyers.PASSWORD);
		var api = "/api/v1/buyer/consultations/" + opened.consultation() + "/analysis/lots/0/contract";
		var contract = pdf("Acte d’engagement — lot unique");

		assertThat(status(upload(buyer, "PUT", api, "acte-engagement.pdf", contract))).as("the lot is not awarded yet")
			.isEqualTo("409 NOT_AWARDED");
		analysis.award(opened.buyer().account(), opened.consultation(), 0, opened.secondDeposit());
		var standstillEnds = LocalDate.ofInstant(clock.instant(), LegalTime.ZONE).plusDays(Standstill.ELECTRONIC_DAYS);

		assertThat(status(upload(buyer, "PUT", api, "acte.docx", "PK not a PDF".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("400 NOT_A_PDF");
		var stranger = AwardFixtures.signedIn(port, Buyers.appointed(accounts, organisations,
				Fixtures.newEntity(organisations, Fixtures.unique("Entité voisine"), "69"), AgentRole.BUYER).email(), Buyers.PASSWORD);
		assertThat(upload(stranger, "PUT", api, "acte-engagement.pdf", contract).status()).as("another entity's buyer").isEqualTo(404);

		var sent = upload(buyer, "PUT", api, "acte-engagement.pdf", contract);
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		String message = JsonPath.read(sent.body(), "$.message");
		assertThat(JsonPath.<String>read(sent.body(), "$.standstillEndsOn")).isEqualTo(standstillEnds.toString());
		assertThat(JsonPath.<Object>read(sent.body(), "$.signature")).isNull();
		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(opened.second().email()).stream()
			.anyMatch(m -> m.subject().startsWith("Marché à signer") && m.text().contains("/mon-espace/messages/" + message)));

		// the holder only: not the other bidder, not a buyer
		var holder = AwardFixtures.signedIn(port, opened.second().email(), CompanyFixtures.PASSWORD);
		var loser = AwardFixtures.signedIn(port, opened.first().email(), CompanyFixtures.PASSWORD);
		var holderApi = "/api/v1/my-company/messages/" + message + "/contract";
		assertThat(loser.send("GET", holderApi, null, null, false).status()).isEqualTo(404);
		assertThat(loser.download(holderApi + "/document").status()).isEqualTo(404);
		assertThat(buyer.send("GET", holderApi, null, null, false).status()).isEqualTo(403);
		var page = holder.get("/mon-espace/messages/" + message);
		assertThat(page.body()).contains("Marché à signer", "Déposer le marché signé", "SHA-256 " + JsonPath.read(sent.body(), "$.sha256"));
		var toSign = holder.download(holderApi + "/document");
		assertThat(toSign.bytes()).isEqualTo(contract);

		// what does not sign these very bytes is refused, and nothing is recorded
		assertThat(status(upload(holder, "POST", holderApi + "/signature", "acte-engagement.pdf", contract)))
			.as("not signed").isEqualTo("400 NOT_THE_CONTRACT");
		var otherPdf = seals.sealWithoutTimestamp(pdf("Acte d’engagement — montant modifié"), "Signature", "Lyon");
		assertThat(status(upload(holder, "POST", holderApi + "/signature", "acte-engagement-signe.pdf", otherPdf)))
			.as("a signed PDF, but another one").isEqualTo("400 NOT_THE_CONTRACT");
		assertThat(status(upload(holder, "POST", holderApi + "/signature", "acte-engagement.pdf.p7s",
				"-----BEGIN PKCS7-----".getBytes(StandardCharsets.UTF_8)))).isEqualTo("400 NOT_THE_CONTRACT");
		assertThat(JsonPath.<Object>read(buyer.send("GET", api, null, null, false).body(), "$.signature")).isNull();
		var refused = holder.send("POST", "/mon-espace/messages/" + message + "/signature", multipart("acte.pdf", contract).contentType(),
				multipart("acte.pdf", contract).bytes(), false);
		assertThat(refused.status()).as("a form without its CSRF token").isEqualTo(403);

		// the very PDF, signed in PAdES by a certificate the platform does not trust: kept, as indeterminate
		var signed = seals.sealWithoutTimestamp(contract, "Signature du titulaire", "Lyon");
		var accepted = upload(holder, "POST", holderApi + "/signature", "acte-engagement-signe.pdf", signed);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(accepted.body(), "$.signature.status")).isEqualTo("INDETERMINATE");
		assertThat(JsonPath.<List<String>>read(accepted.body(), "$.signature.signers")).isNotEmpty();
		assertThat(status(upload(holder, "POST", holderApi + "/signature", "acte-engagement-signe.pdf", signed)))
			.isEqualTo("409 CONTRACT_SIGNED");
		assertThat(status(upload(buyer, "PUT", api, "autre.pdf", pdf("Autre marché")))).as("final once signed")
			.isEqualTo("409 CONTRACT_SIGNED");
		assertThat(buyer.download(api + "/signed-document").bytes()).isEqualTo(signed);
		assertThat(new String(buyer.download(api + "/signature-report").bytes(), StandardCharsets.UTF_8)).contains("SimpleReport");

		// the buyer concludes: not while the standstill runs, then once
		var early = buyer.send("POST", api + "/conclusion", null, null, true);
		assertThat(status(early)).isEqualTo("409 STANDSTILL_RUNNING");
		assertThat(early.body()).contains(standstillEnds.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		var analysisPage = buyer.get("/acheteur/consultations/" + opened.consultation() + "/analyse").body();
		assertThat(analysisPage).contains("Signature indéterminée", "le marché peut être signé à partir du");
		clock.advance(Duration.ofDays(Standstill.ELECTRONIC_DAYS + 1));
		var concluded = buyer.send("POST", api + "/conclusion", null, null, true);
		assertThat(concluded.status()).as(concluded.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(concluded.body(), "$.concludedAt")).isNotNull();
		assertThat(status(buyer.send("POST", api + "/conclusion", null, null, true))).isEqualTo("409 ALREADY_CONCLUDED");
		assertThat(buyer.get("/acheteur/consultations/" + opened.consultation() + "/analyse").body())
			.contains("Marché signé par l’acheteur le");
		assertThat(holder.get("/mon-espace/messages/" + message).body()).contains("Signé par le titulaire le")
			.doesNotContain("Déposer le marché signé");
	}

	private static WebVisitor.Page upload(WebVisitor visitor, String method, String path, String name, byte[] content) {
		var body = multipart(name, content);
		return visitor.send(method, path, body.contentType(), body.bytes(), true);
	}

	private static Multipart multipart(String name, byte[] content) {
		return new Multipart().file("file", name, content);
	}

	private static String status(WebVisitor.Page page) {
		return page.status() + " " + (page.body().contains("\"reason\"") ? JsonPath.read(page.body(), "$.reason") : "");
	}

	private static byte[] pdf(String text) throws IOException {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var page = new PDPage();
			document.addPage(page);
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 720);
				content.showText(text.replace('’', '\''));
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}
}
