package fr.openmarches.sealing;

import static fr.openmarches.sealing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A private key under a passphrase. Each derivation costs 600 000 HMACs: these tests derive few. */
class PassphraseBoxTest {

	@Test
	void opensWithTheSamePassphraseWhateverItsUnicodeForm() throws Exception {
		byte[] key = ContentKeys.newContentKey();
		var box = PassphraseBox.protect(key, "d\u00e9p\u00f4t s\u00e9curis\u00e9");
		assertThat(box.v()).isEqualTo(1);
		assertThat(box.kdf()).isEqualTo("PBKDF2-SHA256");
		assertThat(box.iterations()).isEqualTo(600_000);
		// The same words typed where accents come as combining marks (NFD).
		assertThat(box.unprotect("de\u0301po\u0302t se\u0301curise\u0301")).isEqualTo(key);
	}

	@Test
	void refusesAWrongPassphrase() {
		var box = PassphraseBox.protect(new byte[] { 42 }, "correct horse");
		assertThatThrownBy(() -> box.unprotect("correct hors")).isInstanceOf(SealBrokenException.class)
			.hasMessageContaining("Wrong passphrase");
	}

	@Test
	void refusesWeakenedOrUnknownBoxesBeforeDeriving() {
		var box = PassphraseBox.protect(new byte[] { 42 }, "correct horse");
		var weakened = new PassphraseBox(1, box.kdf(), 1000, box.salt(), box.iv(), box.ciphertext());
		assertThatThrownBy(() -> weakened.unprotect("correct horse")).isInstanceOf(SealBrokenException.class)
			.hasMessageContaining("iterations");
		var unknown = new PassphraseBox(1, "scrypt", box.iterations(), box.salt(), box.iv(), box.ciphertext());
		assertThatThrownBy(() -> unknown.unprotect("correct horse")).isInstanceOf(SealBrokenException.class);
		assertThatIllegalArgumentException().isThrownBy(() -> PassphraseBox.protect(new byte[1], ""));
	}

	@Test
	void knownAnswerFromWebCrypto() throws Exception {
		var vector = Vectors.load().passphraseBox();
		assertThat(vector.box().unprotect(vector.passphrase())).isEqualTo(hex(vector.plaintext()));
	}
}
