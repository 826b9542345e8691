package fr.openmarches.opening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.Envelope;

/**
 * A deposit as its manifest states it, for its opening: who, when, late or not, the content key
 * wrapped for the opening key, and per piece the hashes and sealing parameters.
 *
 * @param number the receipt number
 * @param openingKey fingerprint of the opening key the content key was wrapped for
 * @param wrappedKey the content key, RSA-OAEP-wrapped, base64
 */
public record SealedDeposit(UUID id, String number, String companyName, Instant receivedAt, boolean late,
		String openingKey, String wrappedKey, List<Piece> pieces) {

	public SealedDeposit {
		pieces = List.copyOf(pieces);
	}

	/**
	 * One sealed file of the deposit; its sealed bytes are the blob named by {@code sealedSha256}.
	 *
	 * @param position its index in the manifest
	 * @param salt the file's 16-byte salt, base64
	 */
	public record Piece(int position, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
			String plainSha256, long sealedSize, String sealedSha256, int chunkSize, String salt) {
	}
}
