package fr.openmarches.notification;

import java.util.List;
import java.util.Objects;

/**
 * A mail ready to go: one recipient, a subject, a plain-text body and optionally an HTML one.
 *
 * @param unsubscribe for mails a person subscribed to (alerts): the address that unsubscribes
 * them in one click, sent as the List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058);
 * null for the others
 * @param attachments files sent with the mail (a deposit receipt), kept in the outbox with it
 */
public record Mail(String to, String subject, String text, String html, String unsubscribe,
		List<Attachment> attachments) {

	public Mail(String to, String subject, String text, String html) {
		this(to, subject, text, html, null, List.of());
	}

	public Mail(String to, String subject, String text, String html, String unsubscribe) {
		this(to, subject, text, html, unsubscribe, List.of());
	}

	public Mail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		if (to.isBlank() || to.contains("\n") || to.contains("\r")) {
			throw new IllegalArgumentException("Not a recipient address: " + to);
		}
		subject = subject.replaceAll("[\\r\\n]+", " ").strip();
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** A copy of this mail carrying {@code attachment} too. */
	public Mail with(Attachment attachment) {
		var all = new java.util.ArrayList<>(attachments);
		all.add(attachment);
		return new Mail(to, subject, text, html, unsubscribe, all);
	}

	/** A file sent with a mail. */
	public record Attachment(String fileName, String mediaType, byte[] content) {

		public Attachment {
			Objects.requireNonNull(fileName, "fileName");
			Objects.requireNonNull(mediaType, "mediaType");
			Objects.requireNonNull(content, "content");
			if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
				throw new IllegalArgumentException("Not a file name: " + fileName);
			}
		}
	}
}
