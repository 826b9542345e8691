package fr.openmarches.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import eu.europa.esig.dss.cades.CAdESSignatureParameters;
import eu.europa.esig.dss.cades.signature.CAdESService;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.xades.XAdESSignatureParameters;
import eu.europa.esig.dss.xades.signature.XAdESService;

import fr.openmarches.signature.PieceVerdict.Indication;
import fr.openmarches.signature.PieceVerdict.Requirement;
import fr.openmarches.signature.TestAuthority.Signer;

/**
 * The verification table of the arrêté's five checks, on signatures this test makes itself: its own
 * CA (trusted through the trust folder), certificates whose CRL is served by a real HTTP server on
 * localhost, and DSS signing in PAdES, CAdES and XAdES.
 */
class SignatureVerifierTest {

	static final byte[] OFFER = "Offre financière : 12 345,00 € HT".getBytes(StandardCharsets.UTF_8);

	@TempDir
	static Path trust;

	static HttpServer crlServer;

	static TestAuthority authority;

	static Signer valid;

	static Signer expired;

	static Signer revoked;

	static Signer selfSigned;

	static SignatureVerifier verifier;

	@BeforeAll
	static void buildAPublicKeyInfrastructure() throws Exception {
		crlServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		crlServer.start();
		var crlUrl = "http://127.0.0.1:" + crlServer.getAddress().getPort() + "/ca.crl";
		var now = Instant.now();
		authority = new TestAuthority("CN=Autorité de test,O=OpenMarchés tests", now.minus(Duration.ofDays(30)),
				now.plus(Duration.ofDays(365)));
		valid = signer("CN=Alice Martin,O=Travaux Dupont SAS", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)), crlUrl);
		expired = signer("CN=Bruno Durand,O=Travaux Dupont SAS", now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(2)), crlUrl);
		revoked = signer("CN=Chloé Petit,O=Travaux Dupont SAS", now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(90)), crlUrl);
		selfSigned = Signer.selfSigned("CN=Moi-même", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)));
		var crl = authority.crl(now, now.plus(Duration.ofDays(1)), List.of(revoked.certificate().getSerialNumber()),
				now.minus(Duration.ofDays(5)));
		crlServer.createContext("/ca.crl", exchange -> {
			exchange.getResponseHeaders().add("Content-Type", "application/pkix-crl");
			exchange.sendResponseHeaders(200, crl.length);
			exchange.getResponseBody().write(crl);
			exchange.close();
		});
		Files.writeString(trust.resolve("ca.pem"), authority.pem());
		verifier = new SignatureVerifier(new VerificationProperties(trust, true, Duration.ofSeconds(5)),
				Clock.systemUTC());
	}

	@AfterAll
	static void stopServer() {
		crlServer.stop(0);
	}

	@Test
	void aValidPadesPdfPassesTheChecksButTheCategoryWithoutATrustedList() {
		var verdict = verifier.verify(padesSign(valid, pdf()), "offre.pdf");

		assertThat(verdict.indication()).isEqualTo(Indication.VALID);
		var signer = verdict.signers().getFirst();
		assertThat(signer.signer()).isEqualTo("Alice Martin");
		assertThat(signer.organisation()).isEqualTo("Travaux Dupont SAS");
		assertThat(signer.issuer()).contains("Autorité de test");
		assertThat(signer.format()).isEqualTo("PAdES");
		assertThat(signer.level()).contains("PAdES");
		assertThat(signer.signingTime()).isNotNull();
		assertPassed(signer, Requirement.SIGNER_IDENTITY, Requirement.FORMAT, Requirement.CERTIFICATE_STATUS,
				Requirement.INTEGRITY);
		// our test CA is on no trusted list: the certificate cannot be qualified
		assertThat(signer.qualified()).isFalse();
		assertThat(signer.check(Requirement.CERTIFICATE_CATEGORY).passed()).isFalse();
		assertThat(new String(verdict.simpleReport(), StandardCharsets.UTF_8)).contains("TOTAL_PASSED");
		assertThat(new String(verdict.detailedReport(), StandardCharsets.UTF_8)).contains("DetailedReport");
	}

	@Test
	void aValidDetachedCadesSignatureIsValid() {
		var p7s = TestAuthority.sign(new CAdESService(TestAuthority.signingVerifier()), cadesParameters(valid), valid, new InMemoryDocument(OFFER, "offre.txt"));

		var verdict = verifier.verify(p7s, "offre.txt.p7s", OFFER, "offre.txt");

		assertThat(verdict.indication()).isEqualTo(Indication.VALID);
		assertThat(verdict.signers().getFirst().format()).isEqualTo("CAdES");
		assertPassed(verdict.signers().getFirst(), Requirement.SIGNER_IDENTITY, Requirement.FORMAT,
				Requirement.CERTIFICATE_STATUS, Requirement.INTEGRITY);
	}

	@Test
	void aValidDetachedXadesSignatureIsValidAndFoundBesideItsPiece() throws IOException {
		var xades = TestAuthority.sign(new XAdESService(TestAuthority.signingVerifier()), xadesParameters(valid), valid,
				new InMemoryDocument(OFFER, "offre.txt"));
		var folder = Files.createTempDirectory(trust, "piece");
		Files.write(folder.resolve("offre.txt"), OFFER);
		Files.write(folder.resolve("offre.txt.xades.xml"), xades);

		var verdict = verifier.verifyPiece(folder.resolve("offre.txt"));

		assertThat(verdict.indication()).isEqualTo(Indication.VALID);
		assertThat(verdict.signers().getFirst().format()).isEqualTo("XAdES");
		assertPassed(verdict.signers().getFirst(), Requirement.SIGNER_IDENTITY, Requirement.FORMAT,
				Requirement.CERTIFICATE_STATUS, Requirement.INTEGRITY);
		assertThat(SignatureVerifier.signedPieceName("offre.txt.xades.xml")).isEqualTo("offre.txt");
	}

	@Test
	void aTamperedPieceFailsIntegrity() {
		var p7s = TestAuthority.sign(new CAdESService(TestAuthority.signingVerifier()), cadesParameters(valid), valid, new InMemoryDocument(OFFER, "offre.txt"));
		var tampered = "Offre financière : 92 345,00 € HT".getBytes(StandardCharsets.UTF_8);

		var verdict = verifier.verify(p7s, "offre.txt.p7s", tampered, "offre.txt");

		assertThat(verdict.indication()).isEqualTo(Indication.INVALID);
		var signer = verdict.signers().getFirst();
		assertThat(signer.subIndication()).isEqualTo("HASH_FAILURE");
		assertThat(signer.check(Requirement.INTEGRITY).passed()).isFalse();
		assertThat(signer.check(Requirement.INTEGRITY).messageKey()).isEqualTo("signature.check.integrity.failed");
		assertThat(signer.check(Requirement.SIGNER_IDENTITY).passed()).isTrue();
	}

	@Test
	void aCertificateAlreadyExpiredWhenSigningFailsTheStatusCheck() {
		var verdict = verifier.verify(padesSign(expired, pdf()), "offre.pdf");

		assertThat(verdict.indication()).isNotEqualTo(Indication.VALID);
		var signer = verdict.signers().getFirst();
		assertThat(signer.check(Requirement.CERTIFICATE_STATUS).passed()).isFalse();
		assertThat(signer.check(Requirement.CERTIFICATE_STATUS).messageKey()).isEqualTo("signature.check.status.expired");
		assertThat(signer.check(Requirement.INTEGRITY).passed()).isTrue();
	}

	@Test
	void aCertificateRevokedOnTheCrlServedOverHttpFailsTheStatusCheck() {
		var verdict = verifier.verify(padesSign(revoked, pdf()), "offre.pdf");

		assertThat(verdict.indication()).isNotEqualTo(Indication.VALID);
		var signer = verdict.signers().getFirst();
		assertThat(signer.subIndication()).startsWith("REVOKED");
		assertThat(signer.check(Requirement.CERTIFICATE_STATUS).messageKey()).isEqualTo("signature.check.status.revoked");
		assertThat(signer.check(Requirement.INTEGRITY).passed()).isTrue();
	}

	@Test
	void offlineWithoutCrlFileTheStatusCannotBeEstablished(@TempDir Path offlineTrust) throws Exception {
		Files.writeString(offlineTrust.resolve("ca.pem"), authority.pem());
		var offline = new SignatureVerifier(new VerificationProperties(offlineTrust, false, Duration.ofSeconds(5)),
				Clock.systemUTC());

		var verdict = offline.verify(padesSign(valid, pdf()), "offre.pdf");

		assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
		assertThat(verdict.signers().getFirst().check(Requirement.CERTIFICATE_STATUS).messageKey())
			.isEqualTo("signature.check.status.no-revocation-data");
	}

	@Test
	void aSelfSignedCertificateIsIndeterminateWithoutTrustAnchor() {
		var verdict = verifier.verify(padesSign(selfSigned, pdf()), "offre.pdf");

		assertThat(verdict.indication()).isEqualTo(Indication.INDETERMINATE);
		var signer = verdict.signers().getFirst();
		assertThat(signer.subIndication()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
		assertThat(signer.check(Requirement.SIGNER_IDENTITY).messageKey()).isEqualTo("signature.check.identity.untrusted");
		assertThat(signer.check(Requirement.INTEGRITY).passed()).isTrue();
	}

	@Test
	void aPlainPkcs1SignatureOrAJwsIsAnUnsupportedFormat() throws GeneralSecurityException {
		var pkcs1 = Signature.getInstance("SHA256withECDSA");
		pkcs1.initSign(valid.keys().getPrivate());
		pkcs1.update(OFFER);

		var raw = verifier.verify(pkcs1.sign(), "offre.txt.sig", OFFER, "offre.txt");
		var jws = verifier.verify("eyJhbGciOiJFUzI1NiJ9.eyJvZmZyZSI6MX0.c2lnbmF0dXJl".getBytes(StandardCharsets.US_ASCII),
				"offre.jws");

		assertThat(raw.indication()).isEqualTo(Indication.UNSUPPORTED);
		assertThat(raw.signers()).isEmpty();
		assertThat(jws.indication()).isEqualTo(Indication.UNSUPPORTED);
	}

	private static void assertPassed(PieceVerdict.SignerVerdict signer, Requirement... requirements) {
		for (var requirement : requirements) {
			assertThat(signer.check(requirement).passed()).as(requirement + " " + signer.check(requirement).messageKey())
				.isTrue();
		}
	}

	private static Signer signer(String subject, Instant from, Instant to, String crlUrl) throws Exception {
		return authority.issue(subject, from, to, crlUrl);
	}

	private static byte[] padesSign(Signer signer, byte[] pdf) {
		return TestAuthority.padesSign(signer, pdf);
	}

	private static byte[] pdf() {
		return TestAuthority.pdf();
	}

	private static CAdESSignatureParameters cadesParameters(Signer signer) {
		var parameters = new CAdESSignatureParameters();
		parameters.setSignatureLevel(SignatureLevel.CAdES_BASELINE_B);
		parameters.setSignaturePackaging(SignaturePackaging.DETACHED);
		TestAuthority.common(parameters, signer);
		return parameters;
	}

	private static XAdESSignatureParameters xadesParameters(Signer signer) {
		var parameters = new XAdESSignatureParameters();
		parameters.setSignatureLevel(SignatureLevel.XAdES_BASELINE_B);
		parameters.setSignaturePackaging(SignaturePackaging.DETACHED);
		TestAuthority.common(parameters, signer);
		return parameters;
	}
}
