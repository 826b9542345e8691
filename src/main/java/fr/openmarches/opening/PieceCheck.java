package fr.openmarches.opening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

import fr.openmarches.platform.BlobId;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.sealing.SealBrokenException;
import fr.openmarches.sealing.SealedFiles;
import org.springframework.stereotype.Component;

/**
 * What the server does with a file key (docs/sealing.md): reads the stored sealed blob once,
 * through {@link SealedFiles#openWithFileKey}, hashing both sides, and judges. The blob's SHA-256
 * against the manifest's comes first (an altered storage is no one's wrong key); then a chunk 0
 * that does not open is a wrong key, a later chunk a broken seal; then the plaintext's SHA-256
 * against the one the company declared. The plaintext goes nowhere: it is decrypted again, checked
 * again, for each download.
 */
@Component
class PieceCheck {

	private final BlobStore blobs;

	PieceCheck(BlobStore blobs) {
		this.blobs = blobs;
	}

	/** The outcome, and the plaintext's SHA-256 when the piece opened to its end. */
	record Verdict(PieceOutcome outcome, String plainSha256) {
	}

	Verdict check(SealedDeposit.Piece piece, byte[] fileKey) {
		var sealedDigest = sha256();
		var plain = new CountingSink();
		try (InputStream blob = blobs.open(new BlobId(piece.sealedSha256()));
				var in = new DigestInputStream(blob, sealedDigest)) {
			SealedFiles.Sealed opened;
			try {
				opened = SealedFiles.openWithFileKey(in, plain, fileKey, salt(piece), piece.chunkSize());
			}
			catch (SealBrokenException broken) {
				in.transferTo(OutputStream.nullOutputStream());
				if (!hex(sealedDigest).equals(piece.sealedSha256())) {
					return new Verdict(PieceOutcome.STORAGE_ALTERED, null);
				}
				// only chunk 0 of an empty file is empty: bytes out means chunk 0 opened
				return new Verdict(plain.count > 0 ? PieceOutcome.SEAL_BROKEN : PieceOutcome.DOES_NOT_OPEN, null);
			}
			if (!opened.sealedSha256Hex().equals(piece.sealedSha256())) {
				return new Verdict(PieceOutcome.STORAGE_ALTERED, null);
			}
			return new Verdict(opened.plainSha256Hex().equals(piece.plainSha256()) ? PieceOutcome.OPENED
					: PieceOutcome.HASH_MISMATCH, opened.plainSha256Hex());
		}
		catch (BlobStore.NoSuchBlobException missing) {
			return new Verdict(PieceOutcome.STORAGE_ALTERED, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Decrypts an opened piece into {@code out}, checking every tag again.
	 * @throws SealBrokenException when a chunk no longer opens: {@code out} got a prefix, to discard
	 */
	void decrypt(SealedDeposit.Piece piece, byte[] fileKey, OutputStream out) throws IOException, SealBrokenException {
		try (InputStream blob = blobs.open(new BlobId(piece.sealedSha256()))) {
			SealedFiles.openWithFileKey(blob, out, fileKey, salt(piece), piece.chunkSize());
		}
	}

	private static byte[] salt(SealedDeposit.Piece piece) {
		return Base64.getDecoder().decode(piece.salt());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every JDK has SHA-256", e);
		}
	}

	private static String hex(MessageDigest digest) {
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Counts the plaintext and drops it: the check keeps nothing. */
	private static final class CountingSink extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] bytes, int offset, int length) {
			count += length;
		}
	}
}
