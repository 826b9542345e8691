package fr.openmarches.notification;

import java.util.Objects;

/**
 * A mail ready to go: one recipient, a subject, a plain-text body and optionally an HTML one.
 *
 * @param unsubscribe for mails a person subscribed to (alerts): the address that unsubscribes
 * them in one click, sent as the List-Unsubscribe and List-Unsubscribe-Post headers (RFC 8058);
 * null for the others
 */
public record Mail(String to, String subject, String text, String html, String unsubscribe) {

	public Mail(String to, String subject, String text, String html) {
		this(to, subject, text, html, null);
	}

	public Mail {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(text, "text");
		if (to.isBlank() || to.contains("\n") || to.contains("\r")) {
			throw new IllegalArgumentException("Not a recipient address: " + to);
		}
		subject = subject.replaceAll("[\\r\\n]+", " ").strip();
	}
}
