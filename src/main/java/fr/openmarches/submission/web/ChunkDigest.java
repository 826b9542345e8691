package fr.openmarches.submission.web;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The SHA-256 a client announces for a chunk, as lowercase hex, from {@code X-Chunk-SHA256} (hex)
 * or {@code Digest: SHA-256=<base64>} (RFC 3230). Both given, they must agree.
 */
final class ChunkDigest {

	private static final Pattern DIGEST_ENTRY = Pattern.compile("\\s*([A-Za-z0-9-]+)=([A-Za-z0-9+/=]+)\\s*");

	private ChunkDigest() {
	}

	/** The announced hash; empty when none or they disagree, {@code null} never. */
	static Optional<String> of(String chunkSha256, String digest) {
		var fromHex = Optional.ofNullable(chunkSha256).map(value -> value.strip().toLowerCase(Locale.ROOT));
		var fromDigest = Optional.ofNullable(digest).flatMap(ChunkDigest::sha256OfDigest);
		if (fromHex.isPresent() && fromDigest.isPresent() && !fromHex.equals(fromDigest)) {
			return Optional.empty();
		}
		return fromHex.or(() -> fromDigest);
	}

	private static Optional<String> sha256OfDigest(String header) {
		for (var entry : header.split(",")) {
			var matcher = DIGEST_ENTRY.matcher(entry);
			if (matcher.matches() && matcher.group(1).equalsIgnoreCase("SHA-256")) {
				try {
					var bytes = Base64.getDecoder().decode(matcher.group(2));
					return bytes.length == 32 ? Optional.of(HexFormat.of().formatHex(bytes)) : Optional.empty();
				}
				catch (IllegalArgumentException notBase64) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}
}
