package fr.openmarches.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.openmarches.signature.TimestampException.Reason;

/** The built-in timestamp authority, used by default. */
class TimestampsTest {

	static final Instant NOW = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);

	static final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	@TempDir
	static Path directory;

	static PlatformKeys keys;

	static Timestamps timestamps;

	@BeforeAll
	static void keys() {
		keys = TestTimestamps.keys(directory, Clock.systemUTC());
		timestamps = TestTimestamps.builtInTimestamps(keys, clock);
	}

	@Test
	void aTokenStampsTheHashAtTheClocksTimeAndVerifiesWithTheTimestampingCertificate() throws Exception {
		var hash = sha256("manifeste du pli 1");

		var token = timestamps.stamp(hash);

		assertThat(token.imprint()).isEqualTo(hash);
		assertThat(token.time()).isEqualTo(NOW);
		assertThat(token.authority()).contains("CN=Plateforme de test horodatage");
		var parsed = new TimeStampToken(new CMSSignedData(token.der()));
		parsed.validate(new JcaSimpleSignerInfoVerifierBuilder().build(keys.tsaCertificate()));
		assertThat(parsed.getTimeStampInfo().getMessageImprintAlgOID()).isEqualTo(NISTObjectIdentifiers.id_sha256);
		assertThat(parsed.getTimeStampInfo().getPolicy().getId()).isEqualTo(SignatureProperties.BUILT_IN_POLICY);
		assertThat(parsed.getTimeStampInfo().getSerialNumber()).isEqualTo(token.serialNumber());
		assertThat(timestamps.verify(token.der(), hash)).isEqualTo(token);
	}

	@Test
	void serialNumbersAreUnique() {
		var serials = new HashSet<BigInteger>();
		for (int i = 0; i < 300; i++) {
			serials.add(timestamps.stamp(sha256("pli " + i)).serialNumber());
		}

		assertThat(serials).hasSize(300).allSatisfy(serial -> assertThat(serial.signum()).isPositive());
	}

	@Test
	void eightThreadsStampingAtOnceEachGetAValidToken() throws Exception {
		try (var pool = Executors.newFixedThreadPool(8)) {
			var stamped = IntStream.range(0, 400)
				.mapToObj(i -> pool.submit(() -> timestamps.stamp(sha256("pli " + i))))
				.toList();
			for (int i = 0; i < stamped.size(); i++) {
				assertThat(stamped.get(i).get().imprint()).isEqualTo(sha256("pli " + i));
			}
		}
	}

	@Test
	void aKeptTokenDoesNotVerifyForAnotherHash() {
		var token = timestamps.stamp(sha256("manifeste"));

		assertThatThrownBy(() -> timestamps.verify(token.der(), sha256("un autre manifeste")))
			.isInstanceOfSatisfying(TimestampException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_IMPRINT));
	}

	@Test
	void aTamperedTokenDoesNotVerify() {
		var hash = sha256("manifeste");
		var der = timestamps.stamp(hash).der();
		der[der.length - 10] ^= 0x01; // inside the signature

		assertThatThrownBy(() -> timestamps.verify(der, hash)).isInstanceOf(TimestampException.class);
	}

	@Test
	void aTokenOfAnotherPlatformIsNotTrusted(@TempDir Path elsewhere) {
		var hash = sha256("manifeste");
		var foreign = TestTimestamps.builtInTimestamps(TestTimestamps.keys(elsewhere, Clock.systemUTC()), clock)
			.stamp(hash);

		assertThatThrownBy(() -> timestamps.verify(foreign.der(), hash))
			.isInstanceOfSatisfying(TimestampException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNTRUSTED));
	}

	@Test
	void onlySha256HashesAreStamped() {
		assertThatIllegalArgumentException().isThrownBy(() -> timestamps.stamp(new byte[20]));
		assertThatIllegalArgumentException().isThrownBy(() -> timestamps.stamp(null));
	}

	@Test
	void theAuthorityRejectsWhatItCannotStampRatherThanFailing() throws Exception {
		var authority = TestTimestamps.builtIn(keys, clock);

		var garbage = new TimeStampResponse(authority.respond("pas une requête".getBytes(StandardCharsets.UTF_8)));
		var sha1 = new TimeStampResponse(authority
			.respond(new TimeStampRequestGenerator().generate(OIWObjectIdentifiers.idSHA1, new byte[20]).getEncoded()));

		assertThat(garbage.getStatus()).isEqualTo(PKIStatus.REJECTION);
		assertThat(garbage.getTimeStampToken()).isNull();
		assertThat(sha1.getStatus()).isEqualTo(PKIStatus.REJECTION);
	}

	static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
