package fr.openmarches.sealing;

import static fr.openmarches.sealing.Vectors.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** HKDF-SHA256 against RFC 5869's own test cases, and the file key of the known-answer vectors. */
class HkdfTest {

	@Test
	void rfc5869BasicCase() {
		byte[] okm = Hkdf.sha256(hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), hex("000102030405060708090a0b0c"),
				hex("f0f1f2f3f4f5f6f7f8f9"), 42);
		assertThat(okm).isEqualTo(hex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"));
	}

	@Test
	void rfc5869EmptySaltAndInfo() {
		byte[] okm = Hkdf.sha256(hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b"), new byte[0], new byte[0], 42);
		assertThat(okm).isEqualTo(hex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"));
	}

	@Test
	void fileKeyOfTheVectors() {
		for (var file : Vectors.load().sealedFiles()) {
			byte[] key = Hkdf.sha256(hex(file.contentKey()), hex(file.salt()),
					"openmarches/sealed-file/v1".getBytes(StandardCharsets.US_ASCII), 32);
			assertThat(key).as(file.name()).isEqualTo(hex(file.fileKey()));
		}
	}
}
