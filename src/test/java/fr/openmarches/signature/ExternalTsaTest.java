package fr.openmarches.signature;

import static fr.openmarches.signature.TimestampsTest.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.openmarches.signature.LocalTsa.Behaviour;
import fr.openmarches.signature.TimestampException.Reason;

/**
 * Stamping with an external authority over HTTP: a second, real TSA with its own keys runs on
 * localhost, and is made to misbehave in each way an authority can.
 */
class ExternalTsaTest {

	static final Duration TIMEOUT = Duration.ofMillis(800);

	static final LocalTsa tsa = new LocalTsa();

	@TempDir
	static Path directory;

	static PlatformKeys keys;

	static Path anchor;

	@BeforeAll
	static void setUp() throws Exception {
		keys = TestTimestamps.keys(directory, Clock.systemUTC());
		anchor = Files.writeString(directory.resolve("tsa-root.pem"), tsa.rootPem());
	}

	@AfterAll
	static void stop() {
		tsa.close();
	}

	@BeforeEach
	void grant() {
		tsa.behave(Behaviour.GRANT);
	}

	Timestamps timestamps() {
		return TestTimestamps.timestamps(keys, Clock.systemUTC(), tsa.url(), anchor, TIMEOUT);
	}

	@Test
	void theTokenComesFromTheExternalAuthorityAndVerifiesWithItsCertificateNotThePlatforms() throws Exception {
		var hash = sha256("manifeste du pli 2");

		var token = timestamps().stamp(hash);

		assertThat(token.imprint()).isEqualTo(hash);
		assertThat(token.authority()).contains("CN=Horodatage local");
		var parsed = new TimeStampToken(new CMSSignedData(token.der()));
		assertThat(parsed.getTimeStampInfo().getPolicy().getId()).isEqualTo(LocalTsa.POLICY);
		parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.certificate()));
		assertThatThrownBy(() -> parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(keys.tsaCertificate())))
			.isNotNull();
		assertThat(timestamps().verify(token.der(), hash)).isEqualTo(token);
	}

	@Test
	void aTokenFromAnAuthorityOutsideTheTrustAnchorIsRefused() throws Exception {
		var platformOnly = Files.writeString(directory.resolve("other-anchor.pem"), pem(keys));
		var timestamps = TestTimestamps.timestamps(keys, Clock.systemUTC(), tsa.url(), platformOnly, TIMEOUT);

		assertFails(() -> timestamps.stamp(sha256("pli")), Reason.UNTRUSTED, "is not trusted");
	}

	@Test
	void withoutATrustAnchorTheTokenIsCheckedAgainstTheCertificateItCarries() {
		var timestamps = TestTimestamps.timestamps(keys, Clock.systemUTC(), tsa.url(), null, TIMEOUT);

		assertThat(timestamps.stamp(sha256("pli")).authority()).contains("CN=Horodatage local");
	}

	@Test
	void anAuthorityAnsweringHttp500IsUnavailable() {
		tsa.behave(Behaviour.FAIL);

		assertFails(() -> timestamps().stamp(sha256("pli")), Reason.UNAVAILABLE, "answered HTTP 500");
	}

	@Test
	void anAuthorityAnsweringGarbageSentABadReply() {
		tsa.behave(Behaviour.GARBAGE);

		assertFails(() -> timestamps().stamp(sha256("pli")), Reason.BAD_REPLY, "no timestamp reply");
	}

	@Test
	void anAuthorityThatNeverAnswersTimesOut() {
		tsa.behave(Behaviour.SILENT);
		var started = System.nanoTime();

		assertFails(() -> timestamps().stamp(sha256("pli")), Reason.TIMED_OUT, "did not answer within");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
	}

	@Test
	void aTokenForAnotherHashIsRefused() {
		tsa.behave(Behaviour.OTHER_HASH);

		assertFails(() -> timestamps().stamp(sha256("pli")), Reason.WRONG_IMPRINT, "another hash");
	}

	@Test
	void aRefusalIsReportedWithItsStatus() {
		tsa.behave(Behaviour.REJECT);

		assertFails(() -> timestamps().stamp(sha256("pli")), Reason.REFUSED, "algorithme refusé");
	}

	@Test
	void anAuthorityThatCannotBeReachedIsUnavailable() {
		var closed = new LocalTsa();
		var url = closed.url();
		closed.close();
		var timestamps = TestTimestamps.timestamps(keys, Clock.systemUTC(), url, anchor, TIMEOUT);

		assertFails(() -> timestamps.stamp(sha256("pli")), Reason.UNAVAILABLE, "cannot be reached");
	}

	private static void assertFails(Runnable stamping, Reason reason, String... words) {
		assertThatThrownBy(stamping::run).isInstanceOfSatisfying(TimestampException.class, e -> {
			assertThat(e.reason()).isEqualTo(reason);
			assertThat(e.getMessage()).contains(words);
		});
	}

	private static String pem(PlatformKeys keys) throws Exception {
		return "-----BEGIN CERTIFICATE-----\n"
				+ Base64.getMimeEncoder().encodeToString(keys.platformCertificate().getEncoded())
				+ "\n-----END CERTIFICATE-----\n";
	}
}
