package fr.openmarches.company;

import java.util.Arrays;
import java.util.Optional;

/**
 * The pictures a product fiche accepts, recognised by their first bytes (their signature), never
 * by the name or type the browser claims.
 */
public enum ImageType {

	PNG("image/png"), JPEG("image/jpeg"), WEBP("image/webp");

	/** How many first bytes {@link #detect} needs. */
	public static final int SIGNATURE_LENGTH = 12;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private final String mediaType;

	ImageType(String mediaType) {
		this.mediaType = mediaType;
	}

	public String mediaType() {
		return mediaType;
	}

	/** The type of a file from its first bytes, if it is one of ours. */
	public static Optional<ImageType> detect(byte[] head) {
		if (startsWith(head, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		// JPEG: start-of-image marker followed by another marker.
		if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		// WebP: a RIFF container whose form type is WEBP.
		if (head.length >= 12 && startsWith(head, "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
				&& head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}
}
