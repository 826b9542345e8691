package fr.openmarches.sealing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

/**
 * The known answers of {@code src/test/resources/sealing/vectors.json}, made by Node's WebCrypto
 * and the npm Shamir package ({@code make-vectors.mjs} next to it). The boxes read straight into
 * {@link SealedBox} and {@link PassphraseBox}: the JSON shape is part of what is checked.
 */
record Vectors(String about, List<SealedFile> sealedFiles, OpeningKey openingKey, WrappedContentKey wrappedContentKey,
		SealedBoxVector sealedBox, PassphraseBoxVector passphraseBox, ShamirVector shamir) {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Vectors load() {
		try (var in = Vectors.class.getResourceAsStream("/sealing/vectors.json")) {
			return JSON.readValue(in, Vectors.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] hex(String hex) {
		return HexFormat.of().parseHex(hex);
	}

	record SealedFile(String name, String contentKey, String salt, int chunkSize, String fileKey, String plaintext,
			String plainSha256, String sealed, String sealedSha256) {
	}

	record OpeningKey(String spki, String pkcs8, String fingerprint) {
	}

	record WrappedContentKey(String contentKey, String wrapped) {
	}

	record SealedBoxVector(SealedBox box, String plaintext) {
	}

	record PassphraseBoxVector(String passphrase, PassphraseBox box, String plaintext) {
	}

	record ShamirVector(String secret, int threshold, List<String> shares) {
	}
}
