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
		String openingKey, String wrappedKey, List<Piece> pieces, List<Reference> references) {

	public SealedDeposit {
		pieces = List.copyOf(pieces);
		references = references == null ? List.of() : List.copyOf(references);
	}

	/**
	 * A document the deposit references instead of holding (« dites-le-nous une fois »): a vault
	 * document the company gave, in an earlier deposit, to a consultation of the same purchasing
	 * entity, where it was opened; the buyer reads that opened copy.
	 *
	 * @param index its place among the deposit's references
	 * @param type the vault document type ({@code KBIS}…)
	 * @param consultation the earlier consultation; {@code deposit} and {@code position} its opened piece
	 * @param number the earlier deposit's receipt number
	 */
	public record Reference(int index, String type, String title, java.time.LocalDate validUntil, UUID consultation,
			UUID deposit, int position, String number, String fileName, String mediaType) {
	}

	/**
	 * One sealed file of the deposit; its sealed bytes are the blob named by {@code sealedSha256}.
	 *
	 * @param position its index in the manifest
	 * @param salt the file's 16-byte salt, base64
	 * @param origin what the piece is a copy of, as the deposit recorded it; null for a file of the supplier's
	 */
	public record Piece(int position, Envelope envelope, Integer lot, String fileName, String mediaType, long size,
			String plainSha256, long sealedSize, String sealedSha256, int chunkSize, String salt, Origin origin) {
	}

	/**
	 * A piece the deposit recorded as a copy of something the platform knows, which the buyer sees
	 * labelled so once it is opened.
	 *
	 * @param detail for {@link Kind#VAULT} the document type ({@code KBIS}…, labels {@code vault.type.*}),
	 *        for {@link Kind#ESPD_RESPONSE} the form ({@code XML} or {@code PDF})
	 * @param title the vault document's title; null for a DUME response
	 */
	public record Origin(Kind kind, String detail, String title) {

		public enum Kind {
			/** A copy of a document of the company's vault (coffre-fort). */
			VAULT,
			/** The company's DUME response to the consultation (ESPD XML or its readable PDF). */
			ESPD_RESPONSE
		}
	}
}
