package fr.openmarches.platform;

import java.util.regex.Pattern;

/** The address of a stored file: the lowercase hex SHA-256 of its bytes. */
public record BlobId(String sha256) {

	private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

	public BlobId {
		if (sha256 == null || !HEX_SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("Not a lowercase hex SHA-256: " + sha256);
		}
	}

	@Override
	public String toString() {
		return sha256;
	}
}
