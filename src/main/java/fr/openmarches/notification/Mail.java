package fr.openmarches.notification;

import java.util.Objects;

/**
 * A mail ready to go: one recipient, a subject, a plain-text body and optionally an HTML one.
 */
public record Mail(String to, String subject, String text, String html) {

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
