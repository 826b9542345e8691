package fr.openmarches.submission;

import java.time.Instant;
import java.util.UUID;

/**
 * What a probe deposit of the availability probe did ({@link DepositDesk#probeDeposit}): nothing
 * is kept of it but this answer.
 *
 * @param consultation the probe's test consultation
 * @param receivedAt when it was checked
 * @param pieces how many sealed files it held
 * @param manifestSha256 the SHA-256 (hex) of the manifest it would have had
 * @param timestamped whether the timestamp authority stamped that hash
 * @param timestampError why not (the {@code TimestampException} reason, e.g. {@code UNAVAILABLE}), when it did not
 */
public record ProbeDepositView(UUID consultation, Instant receivedAt, int pieces, String manifestSha256,
		boolean timestamped, String timestampError) {

	/** The number a probe deposit's manifest holds: it takes none from the platform's sequence. */
	public static final String NUMBER = "SONDE";
}
