package fr.openmarches.sealing;

import static fr.openmarches.sealing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Content keys wrapped under opening keys, and the opening keys themselves. */
class ContentKeysTest {

	static java.security.KeyPair opening;

	@BeforeAll
	static void generateOnce() {
		opening = OpeningKeyPairs.generate();
	}

	@Test
	void unwrapsWhatItWrapped() throws Exception {
		byte[] contentKey = ContentKeys.newContentKey();
		byte[] wrapped = ContentKeys.wrap(contentKey, opening.getPublic());
		assertThat(wrapped).hasSize(384);
		assertThat(ContentKeys.unwrap(wrapped, opening.getPrivate())).isEqualTo(contentKey);
	}

	@Test
	void newContentKeysAre32FreshBytes() {
		assertThat(ContentKeys.newContentKey()).hasSize(32).isNotEqualTo(ContentKeys.newContentKey());
	}

	@Test
	void refusesAnotherKeyPairOrAlteredBytes() {
		byte[] wrapped = ContentKeys.wrap(ContentKeys.newContentKey(), opening.getPublic());
		var other = OpeningKeyPairs.generate();
		assertThatThrownBy(() -> ContentKeys.unwrap(wrapped, other.getPrivate())).isInstanceOf(SealBrokenException.class);
		wrapped[100] ^= 1;
		assertThatThrownBy(() -> ContentKeys.unwrap(wrapped, opening.getPrivate()))
			.isInstanceOf(SealBrokenException.class);
	}

	@Test
	void generatesRsa3072() {
		var key = (java.security.interfaces.RSAPublicKey) opening.getPublic();
		assertThat(key.getModulus().bitLength()).isEqualTo(3072);
		assertThat(key.getPublicExponent().intValue()).isEqualTo(65537);
	}

	@Test
	void readsBackSpkiAndPkcs8() throws Exception {
		var publicKey = ContentKeys.publicKey(OpeningKeyPairs.spki(opening.getPublic()));
		assertThat(publicKey).isEqualTo(opening.getPublic());
		var privateKey = OpeningKeyPairs.privateKey(opening.getPrivate().getEncoded());
		byte[] contentKey = ContentKeys.newContentKey();
		assertThat(ContentKeys.unwrap(ContentKeys.wrap(contentKey, publicKey), privateKey)).isEqualTo(contentKey);
	}

	@Test
	void refusesKeysBelow3072Bits() throws Exception {
		var generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		String small = OpeningKeyPairs.spki(generator.generateKeyPair().getPublic());
		assertThatIllegalArgumentException().isThrownBy(() -> ContentKeys.publicKey(small)).withMessageContaining("3072");
		assertThatIllegalArgumentException().isThrownBy(() -> ContentKeys.publicKey("bm90IGEga2V5"));
	}

	@Test
	void fingerprintIsTheSha256OfTheSpki() throws Exception {
		String expected = HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(opening.getPublic().getEncoded()));
		assertThat(ContentKeys.fingerprint(opening.getPublic())).isEqualTo(expected).hasSize(64);
	}

	@Test
	void knownAnswersFromWebCrypto() throws Exception {
		var vectors = Vectors.load();
		var publicKey = ContentKeys.publicKey(vectors.openingKey().spki());
		assertThat(ContentKeys.fingerprint(publicKey)).isEqualTo(vectors.openingKey().fingerprint());
		// The JDK encodes the key read back exactly as WebCrypto exported it.
		assertThat(OpeningKeyPairs.spki(publicKey)).isEqualTo(vectors.openingKey().spki());
		var privateKey = OpeningKeyPairs.privateKey(Base64.getDecoder().decode(vectors.openingKey().pkcs8()));
		byte[] wrapped = Base64.getDecoder().decode(vectors.wrappedContentKey().wrapped());
		assertThat(ContentKeys.unwrap(wrapped, privateKey)).isEqualTo(hex(vectors.wrappedContentKey().contentKey()));
	}
}
