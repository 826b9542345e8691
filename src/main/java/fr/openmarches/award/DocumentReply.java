package fr.openmarches.award;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.openmarches.identity.AccountId;

/**
 * A company's answer to a request for missing documents ({@link DocumentReplies}).
 *
 * @param message the request answered
 * @param late sent after the request's deadline: kept, the buyer decides
 */
public record DocumentReply(UUID id, UUID message, String text, List<File> files, boolean late, AccountId sentBy,
		Instant sentAt) {

	public DocumentReply {
		files = List.copyOf(files);
	}

	/** One file of the answer, stored in the blob store under its SHA-256. */
	public record File(int position, String fileName, String mediaType, long size, String sha256) {
	}
}
