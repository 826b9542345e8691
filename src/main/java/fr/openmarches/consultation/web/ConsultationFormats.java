package fr.openmarches.consultation.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;

import fr.openmarches.consultation.ConsultationProperties;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.Violation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formatting for the consultation templates ({@code ${@consultationFormats.deadline(...)}}), in
 * the reader's language and in Europe/Paris time.
 */
@Component("consultationFormats")
class ConsultationFormats {

	private static final Currency EURO = Currency.getInstance("EUR");

	private final MessageSource messages;

	private final Clock clock;

	private final ConsultationProperties properties;

	ConsultationFormats(MessageSource messages, Clock clock, ConsultationProperties properties) {
		this.messages = messages;
		this.clock = clock;
		this.properties = properties;
	}

	/** « vendredi 4 décembre 2026 à 12:00 ». */
	public String deadline(Instant instant) {
		var locale = LocaleContextHolder.getLocale();
		return messages.getMessage("consultation.deadline.dateTime",
				new Object[] { DeadlineFormat.date(instant, locale), DeadlineFormat.time(instant) }, locale);
	}

	/** « 4 déc. 2026 ». */
	public String shortDate(Instant instant) {
		return DeadlineFormat.shortDate(instant, LocaleContextHolder.getLocale());
	}

	/** The value of a {@code <time datetime>} attribute. */
	public String machine(Instant instant) {
		return DeadlineFormat.machine(instant);
	}

	/** « clôture dans 2 jours », « clôturée ». */
	public String countdown(Instant deadline) {
		var countdown = countdownTo(deadline);
		return messages.getMessage(countdown.messageKey(), new Object[] { countdown.amount() },
				LocaleContextHolder.getLocale());
	}

	/** Whether the deadline is ahead but close enough to be flagged. */
	public boolean closingSoon(Instant deadline) {
		return countdownTo(deadline).soon();
	}

	public boolean passed(Instant deadline) {
		return countdownTo(deadline).passed();
	}

	/** « 1 200 000 € » (no cents unless there are some). */
	public String money(BigDecimal amount) {
		var format = NumberFormat.getCurrencyInstance(LocaleContextHolder.getLocale());
		format.setCurrency(EURO);
		var fraction = amount.stripTrailingZeros().scale() > 0 ? 2 : 0;
		format.setMinimumFractionDigits(fraction);
		format.setMaximumFractionDigits(fraction);
		return format.format(amount);
	}

	/** « 48 ko ». */
	public String size(long bytes) {
		var locale = LocaleContextHolder.getLocale();
		var size = FileSize.of(bytes, locale);
		return messages.getMessage(size.messageKey(), new Object[] { size.amount() }, locale);
	}

	/** The violation with a size limit in its arguments written as people read sizes (« 10 ko »). */
	Violation readable(Violation violation) {
		if (!violation.messageKey().equals("consultation.document.tooLarge")) {
			return violation;
		}
		var arguments = new ArrayList<>(violation.arguments());
		arguments.set(1, size(((Number) arguments.get(1)).longValue()));
		return new Violation(violation.field(), violation.messageKey(), arguments);
	}

	/** The DSFR badge class that colours a state. */
	public String badgeClass(ConsultationState state) {
		return switch (state) {
			case DRAFT -> "fr-badge--new";
			case PUBLISHED -> "fr-badge--success";
			case CLOSED, OPENED -> "fr-badge--info";
			case AWARDED -> "fr-badge--blue-ecume";
			case UNSUCCESSFUL -> "fr-badge--warning";
			case CANCELLED -> "fr-badge--error";
		};
	}

	private Countdown countdownTo(Instant deadline) {
		return Countdown.until(deadline, clock.instant(), properties.closingSoon());
	}
}
