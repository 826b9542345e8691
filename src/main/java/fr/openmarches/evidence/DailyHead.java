package fr.openmarches.evidence;

import java.time.LocalDate;

import fr.openmarches.signature.TimestampToken;

/**
 * The log's head when a day was closed, timestamped: every entry up to {@code sequence} existed,
 * exactly as chained, at the token's time.
 *
 * @param day the day closed (Europe/Paris)
 * @param sequence the last entry then
 * @param entryHash that entry's hash, the hash the token stamps (its message imprint)
 * @param timestamp the RFC 3161 token on {@code entryHash}
 */
public record DailyHead(LocalDate day, long sequence, byte[] entryHash, TimestampToken timestamp) {
}
