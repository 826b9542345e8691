package fr.openmarches.download;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/**
 * An entry of the download register.
 *
 * @param downloader who, or null for an anonymous download
 * @param account the signed-in member, or null
 * @param wholeDce whether every file of the consultation was taken
 */
public record DownloadView(UUID id, ConsultationId consultation, Instant downloadedAt, Downloader downloader,
		AccountId account, boolean wholeDce, List<PieceView> pieces) {

	public boolean identified() {
		return downloader != null;
	}

	public record PieceView(UUID documentId, String title, String fileName, long size) {
	}
}
