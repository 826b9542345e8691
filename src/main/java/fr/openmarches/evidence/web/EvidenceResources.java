package fr.openmarches.evidence.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import fr.openmarches.evidence.DailyHead;
import fr.openmarches.evidence.EvidenceEntry;
import fr.openmarches.evidence.Verification;

/** The evidence log's open data, as the API writes it. */
final class EvidenceResources {

	private static final HexFormat HEX = HexFormat.of();

	private EvidenceResources() {
	}

	@Schema(description = "A day's head of the evidence log: its last entry when the day closed, timestamped (RFC 3161) on that entry's hash.")
	record HeadResource(@Schema(description = "The day closed (Europe/Paris)") LocalDate day,
			@Schema(description = "The log's last entry then") long sequence,
			@Schema(description = "That entry's hash, hex: the token's message imprint") String entryHash,
			@Schema(description = "The token's time") Instant timestampTime,
			@Schema(description = "The timestamp authority (subject of its certificate)") String timestampAuthority,
			@Schema(description = "The RFC 3161 token (DER), base64") String timestampToken) {

		static HeadResource of(DailyHead head) {
			return new HeadResource(head.day(), head.sequence(), HEX.formatHex(head.entryHash()), head.timestamp().time(),
					head.timestamp().authority(), Base64.getEncoder().encodeToString(head.timestamp().der()));
		}
	}

	@Schema(description = "An entry of the evidence log, with everything needed to recompute its hash (docs/evidence.md).")
	record EntryResource(long sequence, @Schema(description = "When it was chained (microseconds, UTC)") Instant recordedAt,
			String kind, UUID subjectId, @Schema(description = "The consultation it concerns, when known") UUID consultationId,
			@Schema(description = "The fact, canonical JSON (RFC 8785) whose SHA-256 is payloadSha256; null for deposits") String statement,
			@Schema(description = "Hex") String payloadSha256,
			@Schema(description = "The entry's own RFC 3161 token (DER), base64; null when the day's head covers it") String timestampToken,
			@Schema(description = "Hex") String previousHash, @Schema(description = "Hex") String entryHash) {

		static EntryResource of(EvidenceEntry entry) {
			return new EntryResource(entry.sequence(), entry.recordedAt(), entry.kind().name(), entry.subjectId(),
					entry.consultationId(), entry.statement(), HEX.formatHex(entry.payloadSha256()),
					entry.timestamp() == null ? null : Base64.getEncoder().encodeToString(entry.timestamp().der()),
					HEX.formatHex(entry.previousHash()), HEX.formatHex(entry.entryHash()));
		}
	}

	@Schema(description = "A deposit receipt's data, as printed on it.")
	record VerificationRequest(@Schema(description = "The deposit identifier") UUID depositId,
			@Schema(description = "The SHA-256 of the deposit's manifest, hex") String manifestSha256,
			@Schema(description = "The sequence number in the evidence log, if known") Long sequence) {
	}

	@Schema(description = "What checking a receipt against the evidence log found, step by step.")
	record VerificationResource(Verification.Verdict verdict, List<StepResource> steps, Long entrySequence,
			HeadResource head) {

		static VerificationResource of(Verification verification) {
			return new VerificationResource(verification.verdict(),
					verification.steps().stream().map(s -> new StepResource(s.check(), s.outcome(), s.detail())).toList(),
					verification.entrySequence(), verification.head() == null ? null : HeadResource.of(verification.head()));
		}
	}

	record StepResource(Verification.Check check, Verification.Outcome outcome, String detail) {
	}
}
