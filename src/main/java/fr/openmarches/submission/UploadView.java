package fr.openmarches.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;

/**
 * An upload as its company sees it: enough for a client to resume after a network cut or a closed
 * tab (send the chunks not in {@code received}, then complete).
 *
 * @param received the indexes of the chunks received, in order (all of them once complete)
 * @param receivedBytes how many bytes of the file the server holds
 * @param blobSha256 once complete, the SHA-256 of the whole file, which is its blob's address
 * @param deposit the deposit the file went into, once finalised; null before. A client that lost
 * the answer of its finalisation (killed meanwhile) finds its deposit here
 */
public record UploadView(UUID id, ConsultationId consultation, String label, long totalSize, int chunkSize,
		int chunkCount, UploadState state, List<Integer> received, long receivedBytes, Instant createdAt,
		Instant lastChunkAt, String blobSha256, Instant completedAt, DepositId deposit) {
}
