package fr.openmarches.notification;

import java.time.Clock;
import java.util.concurrent.Executor;

import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Empties the outbox: right after a mail is committed, and every few seconds for retries. Each
 * batch runs in its own transaction holding row locks ({@code skip locked}), so a crash
 * mid-batch leaves the unsent mails pending and several instances never send one twice.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int BATCH = 20;

	private final OutboundMails outbox;

	private final JavaMailSender sender;

	private final NotificationProperties properties;

	private final TransactionTemplate transactions;

	private final Executor executor;

	private final Clock clock;

	MailDelivery(OutboundMails outbox, JavaMailSender sender, NotificationProperties properties,
			TransactionTemplate transactions, @Qualifier("applicationTaskExecutor") Executor executor, Clock clock) {
		this.outbox = outbox;
		this.sender = sender;
		this.properties = properties;
		this.transactions = transactions;
		this.executor = executor;
		this.clock = clock;
	}

	/** Schedules an attempt once the current transaction commits (at once if there is none). */
	void deliverAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					executor.execute(MailDelivery.this::deliverDue);
				}
			});
		}
		else {
			executor.execute(this::deliverDue);
		}
	}

	@Scheduled(fixedDelayString = "${openmarches.mail.retry-interval:PT5S}")
	void deliverDueOnSchedule() {
		deliverDue();
	}

	/** Sends every mail that is due; returns how many were sent. */
	int deliverDue() {
		int sent = 0;
		int batch;
		do {
			var result = transactions.execute(status -> deliverBatch());
			batch = result[0];
			sent += result[1];
		}
		while (batch == BATCH);
		return sent;
	}

	private int[] deliverBatch() {
		var due = outbox.lockDue(clock.instant(), BATCH);
		int sent = 0;
		for (var mail : due) {
			try {
				sender.send(message -> {
					var helper = new MimeMessageHelper(message,
							mail.mail().html() != null || !mail.mail().attachments().isEmpty(), "UTF-8");
					helper.setFrom(new InternetAddress(properties.from(), true));
					helper.setTo(mail.mail().to());
					helper.setSubject(mail.mail().subject());
					if (mail.mail().unsubscribe() != null) {
						message.setHeader("List-Unsubscribe", "<" + mail.mail().unsubscribe() + ">");
						message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
					}
					if (mail.mail().html() != null) {
						helper.setText(mail.mail().text(), mail.mail().html());
					}
					else {
						helper.setText(mail.mail().text());
					}
					for (var attachment : mail.mail().attachments()) {
						helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()),
								attachment.mediaType());
					}
				});
				mail.sent(clock.instant());
				sent++;
			}
			catch (MailException | IllegalArgumentException e) {
				mail.failed(clock.instant(), e.getMessage());
				log.warn("Mail {} not sent (attempt {}), next attempt at {}: {}", mail.id(), mail.attempts(),
						mail.nextAttemptAt(), e.getMessage());
			}
		}
		return new int[] { due.size(), sent };
	}
}
