package fr.openmarches.opening;

import java.io.IOException;
import java.io.OutputStream;

import fr.openmarches.sealing.SealBrokenException;

/**
 * An opened piece ready to be read: decrypted on the fly from its sealed blob, every tag checked
 * again, nothing kept in clear.
 */
public record OpenedPiece(String fileName, String mediaType, long size, Content content) {

	/** Writes the plaintext; on {@link SealBrokenException}, what was written is a prefix to discard. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException, SealBrokenException;
	}
}
