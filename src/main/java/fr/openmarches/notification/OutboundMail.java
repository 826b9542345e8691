package fr.openmarches.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** A mail in the outbox: waiting, or sent. A mail that fails is retried, never abandoned. */
@Entity
@Table(schema = "notification", name = "outbound_mail")
class OutboundMail {

	/** Longest wait between two attempts. */
	static final Duration MAX_BACKOFF = Duration.ofMinutes(30);

	@Id
	private UUID id;

	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(name = "text_body", nullable = false)
	private String textBody;

	@Column(name = "html_body")
	private String htmlBody;

	@Column(name = "list_unsubscribe")
	private String unsubscribe;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "last_error")
	private String lastError;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "notification", name = "outbound_attachment", joinColumns = @JoinColumn(name = "mail_id"))
	@OrderColumn(name = "position")
	private List<StoredAttachment> attachments = new ArrayList<>();

	protected OutboundMail() {
	}

	OutboundMail(Mail mail, Instant now) {
		this.id = UUID.randomUUID();
		this.recipient = mail.to();
		this.subject = mail.subject();
		this.textBody = mail.text();
		this.htmlBody = mail.html();
		this.unsubscribe = mail.unsubscribe();
		mail.attachments().forEach(a -> attachments.add(new StoredAttachment(a.fileName(), a.mediaType(), a.content())));
		this.status = Status.PENDING;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	Mail mail() {
		return new Mail(recipient, subject, textBody, htmlBody, unsubscribe,
				attachments.stream().map(StoredAttachment::attachment).toList());
	}

	UUID id() {
		return id;
	}

	Status status() {
		return status;
	}

	int attempts() {
		return attempts;
	}

	Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	/** The SMTP server accepted the mail. */
	void sent(Instant now) {
		if (status != Status.PENDING) {
			throw new IllegalStateException("Mail " + id + " is already " + status);
		}
		status = Status.SENT;
		sentAt = now;
		attempts++;
		lastError = null;
	}

	/** The SMTP server could not take the mail: try again later, waiting longer each time. */
	void failed(Instant now, String error) {
		if (status != Status.PENDING) {
			throw new IllegalStateException("Mail " + id + " is already " + status);
		}
		attempts++;
		lastError = error == null ? "unknown" : error.substring(0, Math.min(error.length(), 2000));
		nextAttemptAt = now.plus(backoff(attempts));
	}

	/** 5 s, 10 s, 20 s … up to {@link #MAX_BACKOFF}. */
	static Duration backoff(int attempts) {
		var seconds = 5L << Math.min(attempts - 1, 20);
		return seconds > MAX_BACKOFF.toSeconds() ? MAX_BACKOFF : Duration.ofSeconds(seconds);
	}

	@Embeddable
	static class StoredAttachment {

		@Column(name = "file_name", nullable = false)
		private String fileName;

		@Column(name = "media_type", nullable = false)
		private String mediaType;

		@Column(nullable = false)
		private byte[] content;

		protected StoredAttachment() {
		}

		StoredAttachment(String fileName, String mediaType, byte[] content) {
			this.fileName = fileName;
			this.mediaType = mediaType;
			this.content = content;
		}

		Mail.Attachment attachment() {
			return new Mail.Attachment(fileName, mediaType, content);
		}
	}

	enum Status {
		/** Waiting for its (next) delivery attempt. */
		PENDING,
		/** Accepted by the SMTP server. */
		SENT
	}
}
