package fr.openmarches.submission;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siret;
import fr.openmarches.sealing.SealedFiles;

/**
 * What a deposit request must say to be taken, checked against the consultation before anything
 * is recorded: its lots, its envelopes, each piece's name, size, hash and sealing parameters.
 */
final class DepositRules {

	static final int MAX_PIECES = 20_000;

	static final int WRAPPED_KEY_BYTES = 384;

	static final int SALT_BYTES = 16;

	private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

	private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]{1,63}/[\\w.+-]{1,63}");

	/** Control characters, and the bidirectional overrides that make a name read as another (a .jpg as a .pdf). */
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029]");

	private DepositRules() {
	}

	/**
	 * Checks the request against the consultation.
	 * @throws DepositRefusedException (invalid) naming the first thing wrong
	 */
	static void check(ConsultationDetails consultation, DepositRequest request) {
		if (request.openingKey() == null || !SHA256_HEX.matcher(request.openingKey()).matches()) {
			throw DepositRefusedException.invalid("submission.deposit.opening-key-missing");
		}
		if (decodedLength(request.wrappedKey()) != WRAPPED_KEY_BYTES) {
			throw DepositRefusedException.invalid("submission.deposit.wrapped-key-invalid");
		}
		var lots = checkLots(consultation, request.lots());
		var pieces = request.pieces();
		if (pieces.isEmpty()) {
			throw DepositRefusedException.invalid("submission.deposit.no-piece");
		}
		if (pieces.size() > MAX_PIECES) {
			throw DepositRefusedException.invalid("submission.deposit.too-many-pieces", String.valueOf(MAX_PIECES));
		}
		var uploads = new HashSet<>();
		var offered = new HashSet<Integer>();
		for (int i = 0; i < pieces.size(); i++) {
			var piece = pieces.get(i);
			checkPiece(consultation, lots, piece, i, pieces);
			if (!uploads.add(piece.upload())) {
				throw DepositRefusedException.invalid("submission.deposit.upload-twice", piece.fileName());
			}
			if (piece.envelope() == Envelope.OFFER && piece.lot() != null) {
				offered.add(piece.lot());
			}
		}
		if (consultation.envelopes().contains(Envelope.OFFER)) {
			for (var lot : lots) {
				if (!offered.contains(lot)) {
					throw DepositRefusedException.invalid("submission.deposit.lot-without-offer", String.valueOf(lot));
				}
			}
		}
		for (var partner : request.consortium()) {
			if (partner.name() == null || partner.name().isBlank() || partner.name().length() > 255) {
				throw DepositRefusedException.invalid("submission.deposit.partner-name");
			}
			if (partner.siret() != null && !partner.siret().isBlank()) {
				try {
					Siret.parse(partner.siret());
				}
				catch (InvalidIdentifierException e) {
					throw DepositRefusedException.invalid("submission.deposit.partner-siret", partner.siret());
				}
			}
		}
	}

	/** The file name to record: without any directory part, trimmed. */
	static String fileName(String given) {
		var name = given == null ? "" : given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty() || name.length() > 255 || CONTROL.matcher(name).find() || name.equals(".") || name.equals("..")) {
			throw DepositRefusedException.invalid("submission.deposit.file-name", given);
		}
		return name;
	}

	static String mediaType(String given) {
		if (given == null || given.isBlank()) {
			return "application/octet-stream";
		}
		var type = given.strip().toLowerCase(java.util.Locale.ROOT);
		return MEDIA_TYPE.matcher(type).matches() ? type : "application/octet-stream";
	}

	private static List<Integer> checkLots(ConsultationDetails consultation, List<Integer> requested) {
		var existing = consultation.lots().stream().map(ConsultationDetails.LotView::number).toList();
		if (existing.isEmpty()) {
			if (!requested.isEmpty()) {
				throw DepositRefusedException.invalid("submission.deposit.no-lots");
			}
			return List.of();
		}
		if (requested.isEmpty()) {
			throw DepositRefusedException.invalid("submission.deposit.choose-lot");
		}
		Set<Integer> seen = new HashSet<>();
		var lots = new ArrayList<Integer>();
		for (var lot : requested) {
			if (lot == null || !existing.contains(lot)) {
				throw DepositRefusedException.invalid("submission.deposit.unknown-lot", String.valueOf(lot));
			}
			if (seen.add(lot)) {
				lots.add(lot);
			}
		}
		return List.copyOf(lots);
	}

	private static void checkPiece(ConsultationDetails consultation, List<Integer> lots, DepositRequest.Piece piece,
			int index, List<DepositRequest.Piece> pieces) {
		var name = fileName(piece.fileName());
		if (piece.upload() == null) {
			throw DepositRefusedException.invalid("submission.deposit.piece-without-upload", name);
		}
		if (piece.envelope() == null || !consultation.envelopes().contains(piece.envelope())) {
			throw DepositRefusedException.invalid("submission.deposit.unknown-envelope", name);
		}
		if (piece.lot() != null && !lots.contains(piece.lot())) {
			throw DepositRefusedException.invalid("submission.deposit.piece-lot", name);
		}
		if (piece.lot() == null && piece.envelope() == Envelope.OFFER && !lots.isEmpty()) {
			throw DepositRefusedException.invalid("submission.deposit.offer-without-lot", name);
		}
		if (piece.size() < 0) {
			throw DepositRefusedException.invalid("submission.deposit.size", name);
		}
		if (piece.plainSha256() == null || !SHA256_HEX.matcher(piece.plainSha256()).matches()) {
			throw DepositRefusedException.invalid("submission.deposit.hash", name);
		}
		if (piece.chunkSize() < SealedFiles.MIN_CHUNK_SIZE || piece.chunkSize() > SealedFiles.MAX_CHUNK_SIZE) {
			throw DepositRefusedException.invalid("submission.deposit.chunk-size", name);
		}
		if (decodedLength(piece.salt()) != SALT_BYTES) {
			throw DepositRefusedException.invalid("submission.deposit.salt", name);
		}
		if (piece.signs() != null) {
			var signs = piece.signs();
			if (signs < 0 || signs >= pieces.size() || signs == index || pieces.get(signs).signs() != null) {
				throw DepositRefusedException.invalid("submission.deposit.signs", name);
			}
		}
	}

	private static int decodedLength(String base64) {
		if (base64 == null) {
			return -1;
		}
		try {
			return Base64.getDecoder().decode(base64).length;
		}
		catch (IllegalArgumentException e) {
			return -1;
		}
	}
}
