package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-factor secrets sealed with AES-256-GCM, and where the key comes from. */
class SecretBoxTest {

	static final byte[] KEY = new byte[32];

	static final byte[] SECRET = "a TOTP secret of 20 b".getBytes(StandardCharsets.US_ASCII);

	static final byte[] ALICE = "account of Alice".getBytes(StandardCharsets.US_ASCII);

	static final byte[] BOB = "account of Bob".getBytes(StandardCharsets.US_ASCII);

	@Test
	void opensWhatItSealed() {
		var box = new SecretBox(KEY);

		var sealed = box.seal(SECRET, ALICE);

		assertThat(box.open(sealed, ALICE)).isEqualTo(SECRET);
		assertThat(sealed).hasSize(12 + SECRET.length + 16);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("TOTP");
		assertThat(box.seal(SECRET, ALICE)).as("a fresh nonce each time").isNotEqualTo(sealed);
	}

	@Test
	void refusesAnotherAccountAnotherKeyOrAnAlteredBox() {
		var box = new SecretBox(KEY);
		var sealed = box.seal(SECRET, ALICE);
		var otherKey = new byte[32];
		otherKey[0] = 1;
		var altered = sealed.clone();
		altered[20] ^= 1;

		assertThatThrownBy(() -> box.open(sealed, BOB)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SecretBox(otherKey).open(sealed, ALICE)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> box.open(altered, ALICE)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SecretBox(new byte[16])).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void generatesAKeyFileOnFirstStartAndReadsItAfterwards(@TempDir Path folder) throws Exception {
		var file = folder.resolve("data/identity-secret.key");
		var properties = properties(null, file);

		var first = SecretKeyFile.keyFrom(properties);
		var again = SecretKeyFile.keyFrom(properties);

		assertThat(first).hasSize(32).isEqualTo(again);
		assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).isEqualTo(first);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void prefersTheConfiguredKey(@TempDir Path folder) {
		var key = new byte[32];
		key[31] = 7;
		var file = folder.resolve("identity-secret.key");

		assertThat(SecretKeyFile.keyFrom(properties(Base64.getEncoder().encodeToString(key), file))).isEqualTo(key);
		assertThat(file).doesNotExist();
		assertThatThrownBy(() -> SecretKeyFile.keyFrom(properties(Base64.getEncoder().encodeToString(new byte[16]), file)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("32 bytes");
	}

	private static IdentityProperties properties(String key, Path file) {
		return new IdentityProperties(key, file, null, null, null);
	}
}
