package fr.openmarches.evidence;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.signature.TimestampToken;

/**
 * One entry of the evidence log, as stored (read back, not verified: {@link EvidenceLog#verify()}
 * checks the chain).
 *
 * @param sequence its place in the log, from 1, without gaps
 * @param recordedAt when it was chained, by the platform's clock (microseconds)
 * @param kind what it records
 * @param subjectId what it is about (e.g. the deposit)
 * @param payloadSha256 SHA-256 of the canonical record (the deposit's manifest, or the statement)
 * @param timestamp the RFC 3161 token on {@code payloadSha256}; null for entries the day's head covers
 * @param previousHash the {@code entryHash} of the entry before (32 zero bytes before the first)
 * @param entryHash SHA-256 of {@code previousHash} and this entry's fields ({@link EntryHash})
 * @param consultationId the consultation it concerns, when known (an index: the statement says it)
 * @param statement the fact in canonical JSON, whose SHA-256 is {@code payloadSha256}; null for deposits
 */
public record EvidenceEntry(long sequence, Instant recordedAt, EvidenceKind kind, UUID subjectId, byte[] payloadSha256,
		TimestampToken timestamp, byte[] previousHash, byte[] entryHash, UUID consultationId, String statement) {
}
