package fr.openmarches.vault;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A document of the vault with its versions, the latest first; its validity is the latest's.
 */
public record VaultDocument(UUID id, DocumentType type, String title, List<Version> versions) {

	public Version current() {
		return versions.getFirst();
	}

	public Validity validity(LocalDate today) {
		return current().validity(today);
	}

	/** Whether a document is still good: no end date, or not yet reached. */
	public enum Validity {
		VALID, EXPIRES_SOON, EXPIRED
	}

	public record Version(UUID id, int number, LocalDate issuedOn, LocalDate validUntil, String fileName,
			String mediaType, long size, String sha256, Instant uploadedAt) {

		public Validity validity(LocalDate today) {
			if (validUntil == null) {
				return Validity.VALID;
			}
			if (validUntil.isBefore(today)) {
				return Validity.EXPIRED;
			}
			return validUntil.isAfter(today.plusDays(ExpiryNotices.FIRST_NOTICE_DAYS)) ? Validity.VALID
					: Validity.EXPIRES_SOON;
		}
	}
}
