package fr.openmarches.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;

import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The platform's keys: created once, kept, and fit for what they sign. */
class PlatformKeysTest {

	@TempDir
	Path directory;

	@Test
	void theKeysAreCreatedOnFirstStartAndKeptAfterwards() throws Exception {
		var first = TestTimestamps.keys(directory, Clock.systemUTC());
		var again = TestTimestamps.keys(directory, Clock.systemUTC());

		assertThat(again.platformCertificate()).isEqualTo(first.platformCertificate());
		assertThat(again.tsaCertificate()).isEqualTo(first.tsaCertificate());
		assertThat(again.tsaKey()).isEqualTo(first.tsaKey());
		var file = directory.resolve("platform.p12");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.list(directory)).containsExactly(file); // no temporary file left behind
	}

	@Test
	void aSecondStartDoesNotReplaceTheKeysOfTheFirst() {
		var file = directory.resolve("platform.p12");
		assertThat(PlatformKeys.createIfAbsent(file, "secret".toCharArray(), "Plateforme", Clock.systemUTC())).isTrue();
		var kept = PlatformKeys.load(file, "secret".toCharArray());

		assertThat(PlatformKeys.createIfAbsent(file, "secret".toCharArray(), "Plateforme", Clock.systemUTC())).isFalse();
		assertThat(PlatformKeys.load(file, "secret".toCharArray()).platformCertificate())
			.isEqualTo(kept.platformCertificate());
	}

	@Test
	void thePlatformCertificateIsSelfSignedAndIssuesTheTimestampingCertificate() throws Exception {
		var keys = TestTimestamps.keys(directory, Clock.systemUTC());
		var platform = keys.platformCertificate();
		var tsa = keys.tsaCertificate();

		platform.verify(platform.getPublicKey());
		tsa.verify(platform.getPublicKey());
		assertThat(platform.getSubjectX500Principal().getName()).contains("CN=Plateforme de test plateforme");
		assertThat(tsa.getSubjectX500Principal().getName()).contains("CN=Plateforme de test horodatage");
		assertThat(platform.getPublicKey()).isInstanceOf(ECPublicKey.class);
		assertThat(((ECPublicKey) tsa.getPublicKey()).getParams().getCurve().getField().getFieldSize()).isEqualTo(256);
		assertThat(tsa.getPublicKey()).isNotEqualTo(platform.getPublicKey());
		assertThat(platform.getBasicConstraints()).isZero();
		assertThat(tsa.getBasicConstraints()).isEqualTo(-1);
	}

	@Test
	void theTimestampingCertificateCarriesOnlyTheCriticalTimeStampingUsage() throws Exception {
		var tsa = TestTimestamps.keys(directory, Clock.systemUTC()).tsaCertificate();

		assertThat(tsa.getCriticalExtensionOIDs()).contains(Extension.extendedKeyUsage.getId());
		assertThat(tsa.getExtendedKeyUsage()).containsExactly(KeyPurposeId.id_kp_timeStamping.getId());
		assertThat(tsa.getKeyUsage()[0]).as("digitalSignature").isTrue();
		assertThat(tsa.getKeyUsage()[5]).as("keyCertSign").isFalse();
	}
}
