package fr.openmarches.sealing;

import static fr.openmarches.sealing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bytes sealed for one holder of a private key: a commission member's share. */
class SealedBoxTest {

	static java.security.KeyPair member;

	@BeforeAll
	static void generateOnce() {
		member = OpeningKeyPairs.generate();
	}

	@Test
	void opensWhatItSealedEvenLongerThanAnRsaBlock() throws Exception {
		byte[] share = new byte[2500];
		new Random(7).nextBytes(share);
		var box = SealedBox.seal(share, member.getPublic());
		assertThat(box.v()).isEqualTo(1);
		assertThat(Base64.getDecoder().decode(box.iv())).hasSize(12);
		assertThat(box.open(member.getPrivate())).isEqualTo(share);
	}

	@Test
	void refusesAnotherMember() {
		var box = SealedBox.seal(new byte[] { 1, 2, 3 }, member.getPublic());
		var other = OpeningKeyPairs.generate();
		assertThatThrownBy(() -> box.open(other.getPrivate())).isInstanceOf(SealBrokenException.class);
	}

	@Test
	void refusesAnAlteredBox() {
		var box = SealedBox.seal(new byte[] { 1, 2, 3 }, member.getPublic());
		byte[] ciphertext = Base64.getDecoder().decode(box.ciphertext());
		ciphertext[0] ^= 1;
		var altered = new SealedBox(1, box.wrappedKey(), box.iv(), Base64.getEncoder().encodeToString(ciphertext));
		assertThatThrownBy(() -> altered.open(member.getPrivate())).isInstanceOf(SealBrokenException.class)
			.hasMessageContaining("altered");
		var unknown = new SealedBox(2, box.wrappedKey(), box.iv(), box.ciphertext());
		assertThatThrownBy(() -> unknown.open(member.getPrivate())).hasMessageContaining("version 2");
		var garbled = new SealedBox(1, box.wrappedKey(), "not base64!", box.ciphertext());
		assertThatThrownBy(() -> garbled.open(member.getPrivate())).isInstanceOf(SealBrokenException.class);
	}

	@Test
	void knownAnswerFromWebCrypto() throws Exception {
		var vectors = Vectors.load();
		var privateKey = OpeningKeyPairs.privateKey(Base64.getDecoder().decode(vectors.openingKey().pkcs8()));
		assertThat(vectors.sealedBox().box().open(privateKey)).isEqualTo(hex(vectors.sealedBox().plaintext()));
	}
}
