package fr.openmarches.opening;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Boxes made in browsers (a passphrase-protected private key, a sealed share) are kept as the JSON
 * they came in: the server cannot open them and need not understand them, only refuse what is not a
 * JSON object of reasonable size (a share of an RSA 3072 PKCS#8 key seals to about 3 KB).
 */
final class Boxes {

	static final int MAX_LENGTH = 32_768;

	private static final JsonMapper JSON = JsonMapper.shared();

	private Boxes() {
	}

	/** Whether {@code json} is a JSON object of at most {@link #MAX_LENGTH} characters. */
	static boolean acceptable(String json) {
		if (json == null || json.isBlank() || json.length() > MAX_LENGTH) {
			return false;
		}
		try {
			return JSON.readTree(json).isObject();
		}
		catch (JacksonException e) {
			return false;
		}
	}
}
