package fr.openmarches.opening;

import java.time.Instant;

import fr.openmarches.consultation.ConsultationId;

/**
 * The opening key ceremony of a consultation was recorded (or made again, while still a draft):
 * its public key, the quorum, and how many members hold a share. Never a share nor who holds one.
 *
 * @param fingerprint the SHA-256 fingerprint of the opening public key, as suppliers see it
 */
public record CommissionKeyRecorded(ConsultationId consultation, String fingerprint, int quorum, int members,
		Instant recordedAt) {
}
