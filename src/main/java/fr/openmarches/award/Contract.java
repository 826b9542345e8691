package fr.openmarches.award;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.signature.PieceVerdict;

/**
 * The contract of an awarded lot ({@link ContractSigning}): the PDF the buyer sent to the holder, the copy the
 * holder signed on the platform, and the buyer's conclusion once the standstill is over.
 *
 * @param lot 0 when the consultation has no lots
 * @param message the company message announcing it
 * @param sha256 the SHA-256 of the PDF sent, hexadecimal: what the holder must sign, byte for byte
 * @param signature the holder's signature, {@code null} until signed
 * @param standstillEndsOn the last day of the standstill (the contract is concluded from the next day);
 *        {@code null} when none applies
 * @param concludedAt when the buyer recorded the contract signed on its side; {@code null} until then
 */
public record Contract(ConsultationId consultation, int lot, CompanyId company, UUID message, String fileName,
		String sha256, Instant sentAt, Signature signature, LocalDate standstillEndsOn, Instant concludedAt) {

	public boolean signed() {
		return signature != null;
	}

	public boolean concluded() {
		return concludedAt != null;
	}

	/** Whether the standstill is over on {@code today} (Paris): the contract may be concluded. */
	public boolean standstillOver(LocalDate today) {
		return standstillEndsOn == null || today.isAfter(standstillEndsOn);
	}

	/**
	 * The holder's signature as the platform verified it (EU DSS, the arrêté's five checks).
	 *
	 * @param status {@code VALID}, or {@code INDETERMINATE} (e.g. a chain the platform does not trust or
	 *        no revocation data): shown to the buyer, who decides; an invalid signature is refused
	 * @param signers the signing certificates' names
	 * @param qualified every signer's certificate is qualified
	 */
	public record Signature(String fileName, PieceVerdict.Indication status, List<String> signers, boolean qualified,
			Instant signedAt) {
	}
}
