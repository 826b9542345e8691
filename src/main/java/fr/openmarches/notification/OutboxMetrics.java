package fr.openmarches.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How the outbox is doing, for alerting: mails waiting, and how long the oldest has waited (a
 * growing age means the SMTP relay refuses mail).
 */
@Component
class OutboxMetrics implements MeterBinder {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	OutboxMetrics(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("openmarches.mail.outbox.pending", this, OutboxMetrics::pending)
			.description("Mails waiting to be accepted by the SMTP server")
			.register(registry);
		Gauge.builder("openmarches.mail.outbox.oldest.pending", this, OutboxMetrics::oldestPendingSeconds)
			.description("Age of the oldest mail waiting, in seconds")
			.baseUnit("seconds")
			.register(registry);
	}

	private double pending() {
		var count = jdbc.queryForObject("select count(*) from notification.outbound_mail where status = 'PENDING'",
				Long.class);
		return count == null ? 0 : count;
	}

	private double oldestPendingSeconds() {
		var oldest = jdbc.queryForObject(
				"select min(created_at) from notification.outbound_mail where status = 'PENDING'", Timestamp.class);
		return oldest == null ? 0 : Duration.between(oldest.toInstant(), clock.instant()).toSeconds();
	}
}
