package fr.openmarches.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.openmarches.platform.PlatformProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends mail through the outbox: {@link #send} records the mail in the caller's transaction, so
 * a mail exists if and only if the change that caused it was committed; delivery follows.
 */
@Service
public class Mailer {

	private final OutboundMails outbox;

	private final ITemplateEngine templates;

	private final PlatformProperties platform;

	private final MailDelivery delivery;

	private final Clock clock;

	Mailer(OutboundMails outbox, ITemplateEngine templates, PlatformProperties platform, MailDelivery delivery,
			Clock clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.platform = platform;
		this.delivery = delivery;
		this.clock = clock;
	}

	@Transactional
	public void send(Mail mail) {
		outbox.save(new OutboundMail(mail, clock.instant()));
		delivery.deliverAfterCommit();
	}

	/**
	 * Renders {@code templates/mail/<template>.html} in {@code locale} and sends it. The template's
	 * {@code <title>} is the subject; the plain-text part is derived from the HTML. Templates
	 * receive {@code baseUrl} besides {@code variables}.
	 */
	@Transactional
	public void send(String to, String template, Locale locale, Map<String, ?> variables) {
		send(to, template, locale, variables, null);
	}

	/**
	 * Like {@link #send(String, String, Locale, Map)}, for a mail the person subscribed to:
	 * {@code unsubscribe} is the absolute address that ends the subscription in one click.
	 */
	@Transactional
	public void send(String to, String template, Locale locale, Map<String, ?> variables, String unsubscribe) {
		var html = html(template, locale, variables);
		send(new Mail(to, MailText.subjectOf(html), MailText.fromHtml(html), html, unsubscribe));
	}

	/**
	 * The mail {@link #send(String, String, Locale, Map)} would send, not sent: for a caller that
	 * adds attachments ({@link Mail#with}) before {@link #send(Mail)}.
	 */
	public Mail render(String to, String template, Locale locale, Map<String, ?> variables) {
		var html = html(template, locale, variables);
		return new Mail(to, MailText.subjectOf(html), MailText.fromHtml(html), html);
	}

	private String html(String template, Locale locale, Map<String, ?> variables) {
		var model = new HashMap<String, Object>(variables);
		model.put("baseUrl", platform.link(""));
		return templates.process("mail/" + template, new Context(locale, model));
	}
}
