package fr.openmarches.opening;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/**
 * A backup copy (copie de sauvegarde) a company sent beside its electronic deposit, registered by the
 * buyer on receipt ({@link BackupCopies}).
 *
 * @param siret the company's SIRET as written on the envelope, {@code null} when not given
 * @param inTime received by the deposit deadline: only such a copy may ever be opened
 * @param opening the commission's decision to open it, {@code null} while sealed
 */
public record BackupCopy(UUID id, ConsultationId consultation, String companyName, String siret, Medium medium,
		Instant receivedAt, boolean inTime, AccountId recordedBy, Instant recordedAt, Opening opening) {

	public boolean opened() {
		return opening != null;
	}

	/** What the copy came on (labels {@code opening.backup.medium.*}). */
	public enum Medium {
		/** Paper, in a sealed envelope. */
		PAPER,
		/** A physical electronic medium (USB key, DVD…), in a sealed envelope. */
		PHYSICAL_MEDIUM
	}

	/**
	 * The cases in which the law allows opening a backup copy (art. R2132-11; arrêté du 22 mars 2019,
	 * art. 2); labels {@code opening.backup.case.*}.
	 */
	public enum Case {
		/** A malicious program was detected in the electronic deposit. */
		MALWARE,
		/** The electronic deposit did not arrive in time (none, or only after the deadline). */
		NOT_RECEIVED,
		/** The electronic deposit could not be opened. */
		NOT_OPENABLE
	}

	/**
	 * The decision to open the copy.
	 *
	 * @param deposit the electronic deposit concerned; {@code null} when none arrived
	 */
	public record Opening(Case legalCase, UUID deposit, String explanation, AccountId by, Instant at) {
	}
}
