package fr.openmarches.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.notification.DevelopmentMailbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The vault through HTTP: members only, versions kept, limits, and the expiry mails, once. */
@IntegrationTest
class VaultTest {

	private static final String API = "/api/v1/my-company/vault";

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	CompanyService companies;

	@Autowired
	ExpiryNotices notices;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void onlyTheCompanysMembersReachItsDocuments() throws Exception {
		var founder = CompanyFixtures.person(accounts, "Coralie");
		companies.register(new fr.openmarches.company.NewCompany(Fixtures.uniqueSiren(), Fixtures.unique("Coffre SA"),
				"5710", "62.01Z", true, fr.openmarches.company.Address.inFrance("1 rue", "75001", "Paris")), founder.id());
		var owner = signedIn(founder.email());
		var content = "Extrait Kbis de la société".getBytes(StandardCharsets.UTF_8);
		var created = owner.send("POST", API + "/documents", MULTIPART,
				multipart(Map.of("type", "KBIS", "title", "Kbis 2026", "issuedOn", "2026-11-01", "validUntil", "2027-02-01"),
						"../../etc/passwd<script>.pdf", content), true);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.body()).contains("\"fileName\":\"passwd_script_.pdf\"", "\"size\":" + content.length,
				"\"sha256\":\"" + sha256(content) + "\"", "Extrait Kbis");
		var ids = ID.matcher(created.body());
		ids.find();
		var document = ids.group(1);
		ids.find();
		var firstVersion = ids.group(1);

		var second = owner.send("POST", API + "/documents/" + document + "/versions", MULTIPART,
				multipart(Map.of("issuedOn", "2026-11-20"), "kbis-bis.pdf", "v2".getBytes(StandardCharsets.UTF_8)), true);
		assertThat(second.status()).isEqualTo(201);
		assertThat(second.body()).contains("\"number\":2", "\"number\":1", firstVersion);
		var download = owner.download(API + "/versions/" + firstVersion + "/content");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(content);

		var tooOdd = owner.send("POST", API + "/documents", MULTIPART,
				multipart(Map.of("type", "OTHER", "title", "Exe", "issuedOn", "2026-11-01"), "virus.exe", content), true);
		assertThat(tooOdd.status()).isEqualTo(415);
		assertThat(tooOdd.body()).contains("n’est pas accepté");
		var empty = owner.send("POST", API + "/documents", MULTIPART,
				multipart(Map.of("type", "OTHER", "title", "Vide", "issuedOn", "2026-11-01"), "vide.pdf", new byte[0]), true);
		assertThat(empty.status()).isEqualTo(400);

		var otherFounder = CompanyFixtures.person(accounts, "Octave");
		CompanyFixtures.company(companies, otherFounder, Fixtures.unique("Autre SARL"));
		var buyerEmail = Fixtures.unique("acheteur").replace(' ', '-').toLowerCase() + "@example.fr";
		accounts.open(new NewAccount(buyerEmail, CompanyFixtures.PASSWORD, "Bérénice", "Acheteuse", null,
				Set.of(Role.BUYER_AGENT)));
		var other = signedIn(otherFounder.email());
		var buyer = signedIn(buyerEmail);
		var anonymous = new WebVisitor(port);
		anonymous.get("/");
		for (var stranger : new WebVisitor[] { other, buyer, anonymous }) {
			var list = stranger.send("GET", API + "/documents?includeExpired=true", null, null, false);
			assertThat(list.status()).isIn(200, 401, 403);
			assertThat(list.body()).doesNotContain(document, "Kbis 2026");
			for (var path : new String[] { API + "/documents/" + document,
					API + "/versions/" + firstVersion + "/content" }) {
				var answer = stranger.download(path);
				assertThat(answer.status()).as(path).isIn(401, 403, 404);
				assertThat(new String(answer.bytes(), StandardCharsets.UTF_8)).doesNotContain("Extrait Kbis", "Kbis 2026");
			}
			assertThat(stranger.send("POST", API + "/documents/" + document + "/versions", MULTIPART,
					multipart(Map.of("issuedOn", "2026-11-20"), "x.pdf", "x".getBytes(StandardCharsets.UTF_8)), true)
				.status()).isIn(401, 403, 404);
			assertThat(stranger.send("DELETE", API + "/versions/" + firstVersion, null, null, true).status())
				.isIn(401, 403, 404);
		}
		assertThat(buyer.send("GET", API + "/documents", null, null, false).status()).isEqualTo(403);
		assertThat(anonymous.send("GET", API + "/documents", null, null, false).status()).isEqualTo(401);
		assertThat(other.send("GET", API + "/documents/" + document, null, null, false).status()).isEqualTo(404);
		assertThat(owner.download(API + "/versions/" + firstVersion + "/content").bytes()).isEqualTo(content);

		var page = owner.get("/mon-espace/coffre-fort");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Kbis 2026", "passwd_script_.pdf", sha256(content), "Valide");
		assertThat(other.get("/mon-espace/coffre-fort").body()).doesNotContain("Kbis 2026");
		assertThat(buyer.get("/mon-espace/coffre-fort").status()).isEqualTo(403);
		var anonymousPage = anonymous.get("/mon-espace/coffre-fort");
		assertThat(anonymousPage.status()).isEqualTo(302);
		assertThat(anonymousPage.body()).doesNotContain("Kbis 2026");
		other.get("/mon-espace/coffre-fort");
		assertThat(other.post("/mon-espace/coffre-fort/versions/" + firstVersion + "/suppression", Map.of()).status())
			.isEqualTo(404);
		assertThat(owner.download(API + "/versions/" + firstVersion + "/content").status()).isEqualTo(200);

		assertThat(owner.send("DELETE", API + "/versions/" + firstVersion, null, null, true).status()).isEqualTo(204);
		assertThat(owner.send("GET", API + "/documents/" + document, null, null, false).body())
			.doesNotContain(firstVersion).contains("\"number\":2");
	}

	@Test
	void administratorsHearThirtyAndSevenDaysBeforeADocumentExpiresOnceEach() throws Exception {
		clock.set(LocalDate.of(2031, 3, 1).atTime(9, 0).toInstant(ZoneOffset.UTC));
		var founder = CompanyFixtures.person(accounts, "Eugénie");
		CompanyFixtures.company(companies, founder, Fixtures.unique("Échéances SAS"));
		var owner = signedIn(founder.email());
		var created = owner.send("POST", API + "/documents", MULTIPART,
				multipart(Map.of("type", "URSSAF", "title", "Attestation de vigilance", "issuedOn", "2031-02-01",
						"validUntil", "2031-05-01"), "urssaf.pdf", "urssaf".getBytes(StandardCharsets.UTF_8)), true);
		assertThat(created.status()).isEqualTo(201);

		notices.runDue();
		moveTo(2031, 3, 31); // 31 days before
		notices.runDue();
		assertThat(mailbox.receivedBy(founder.email())).isEmpty();

		moveTo(2031, 4, 1); // 30 days before
		notices.runDue();
		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(founder.email()).size() == 1);
		var first = mailbox.receivedBy(founder.email()).getFirst();
		assertThat(first.subject()).isEqualTo("« Attestation de vigilance » expire dans 30 jour(s)");
		assertThat(first.text()).contains("Attestation URSSAF", "01/05/2031", "/mon-espace/coffre-fort");

		moveTo(2031, 4, 2);
		notices.runDue();
		moveTo(2031, 4, 23); // 8 days before
		notices.runDue();
		Thread.sleep(500);
		assertThat(mailbox.receivedBy(founder.email())).hasSize(1);

		moveTo(2031, 4, 24); // 7 days before
		notices.runDue();
		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(founder.email()).size() == 2);
		assertThat(mailbox.receivedBy(founder.email()).getFirst().subject()).contains("expire dans 7 jour(s)"); // newest first
		moveTo(2031, 4, 30);
		notices.runDue();
		moveTo(2031, 5, 10);
		notices.runDue();
		Thread.sleep(500);
		assertThat(mailbox.receivedBy(founder.email())).hasSize(2);

		// expired: not offered by default, flagged when asked for
		assertThat(owner.send("GET", API + "/documents", null, null, false).body()).doesNotContain("Attestation de vigilance");
		assertThat(owner.send("GET", API + "/documents?includeExpired=true", null, null, false).body())
			.contains("Attestation de vigilance", "\"validity\":\"EXPIRED\"");
	}

	private void moveTo(int year, int month, int day) {
		clock.set(LocalDate.of(year, month, day).atTime(9, 0).toInstant(ZoneOffset.UTC));
	}

	private WebVisitor signedIn(String email) {
		var visitor = new WebVisitor(port);
		visitor.signIn(email, CompanyFixtures.PASSWORD);
		visitor.get("/mon-espace");
		return visitor;
	}

	private static final String BOUNDARY = "vault-test-boundary";

	private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

	private static byte[] multipart(Map<String, String> fields, String fileName, byte[] file) throws Exception {
		var out = new ByteArrayOutputStream();
		for (var field : new LinkedHashMap<>(fields).entrySet()) {
			out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		out.write(file);
		out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
