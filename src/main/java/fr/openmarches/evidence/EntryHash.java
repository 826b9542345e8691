package fr.openmarches.evidence;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * How an entry's hash is made, so that anyone can recompute it:
 *
 * <pre>
 * entry_hash = SHA-256( previous_hash            32 bytes
 *                     ‖ 0x01                     format version, 1 byte
 *                     ‖ sequence                 8 bytes, big-endian
 *                     ‖ recorded_at              8 bytes, big-endian: microseconds since 1970-01-01T00:00Z
 *                     ‖ length(kind) ‖ kind      2 bytes, big-endian ‖ US-ASCII name, e.g. DEPOSIT_RECEIVED
 *                     ‖ subject_id               16 bytes (the UUID's two longs, big-endian)
 *                     ‖ payload_sha256           32 bytes
 *                     ‖ length(token) ‖ token    4 bytes, big-endian ‖ the RFC 3161 token, DER )
 * </pre>
 *
 * Fixed sizes and length prefixes make the encoding unambiguous (no two entries encode alike);
 * the sequence inside makes a reordered entry fail its own hash, the previous hash makes a
 * removed or inserted one break the next link.
 */
final class EntryHash {

	static final int BYTES = 32;

	/** What stands before the first entry. */
	static final byte[] GENESIS = new byte[BYTES];

	private static final byte FORMAT = 1;

	private EntryHash() {
	}

	static byte[] of(byte[] previousHash, long sequence, Instant recordedAt, EvidenceKind kind, UUID subjectId,
			byte[] payloadSha256, byte[] token) {
		var bytes = new ByteArrayOutputStream(160 + token.length);
		try (var out = new DataOutputStream(bytes)) {
			out.write(previousHash);
			out.writeByte(FORMAT);
			out.writeLong(sequence);
			out.writeLong(ChronoUnit.MICROS.between(Instant.EPOCH, recordedAt));
			var name = kind.name().getBytes(StandardCharsets.US_ASCII);
			out.writeShort(name.length);
			out.write(name);
			out.writeLong(subjectId.getMostSignificantBits());
			out.writeLong(subjectId.getLeastSignificantBits());
			out.write(payloadSha256);
			out.writeInt(token.length);
			out.write(token);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return sha256(bytes.toByteArray());
	}

	static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
