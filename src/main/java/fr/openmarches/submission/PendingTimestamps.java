package fr.openmarches.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.evidence.EvidenceKind;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.signature.TimestampException;

/**
 * Obtains the timestamps of deposits received while the timestamp authority was down. Each due
 * deposit is locked ({@code skip locked}: several instances share the work, never twice the same
 * deposit); its manifest hash, the one the receipt states, is stamped and chained into the
 * evidence log as a {@link EvidenceKind#DEPOSIT_TIMESTAMPED} entry, the token kept with the
 * deposit and {@link DepositTimestamped} registered, all in one transaction, from which the final
 * receipt and its mail follow. While the authority stays down, each deposit is tried again after
 * {@code openmarches.submission.timestamp-retry}, doubled at each failure up to 30 minutes, and
 * the pass stops at the first failure (the others would fail alike).
 */
@Component
class PendingTimestamps {

	private static final Logger log = LoggerFactory.getLogger(PendingTimestamps.class);

	private static final int BATCH = 20;

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

	private final Deposits deposits;

	private final EvidenceLog evidence;

	private final ApplicationEventPublisher events;

	private final SubmissionProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	PendingTimestamps(Deposits deposits, EvidenceLog evidence, ApplicationEventPublisher events,
			SubmissionProperties properties, TransactionTemplate transactions, Clock clock) {
		this.deposits = deposits;
		this.evidence = evidence;
		this.events = events;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${openmarches.submission.timestamp-retry:PT1M}",
			initialDelayString = "${openmarches.submission.timestamp-retry:PT1M}")
	void retryOnSchedule() {
		retry();
	}

	/** Tries the due deposits; returns how many got their timestamp. */
	int retry() {
		int stamped = 0;
		while (true) {
			var outcome = transactions.execute(status -> pass());
			stamped += outcome.stamped();
			if (outcome.stopped() || outcome.stamped() < BATCH) {
				return stamped;
			}
		}
	}

	private Pass pass() {
		var now = clock.instant();
		int stamped = 0;
		for (var deposit : deposits.lockPendingTimestamps(now, BATCH)) {
			var view = deposit.view();
			var hash = java.util.HexFormat.of().parseHex(view.manifestSha256());
			try {
				var entry = evidence.append(EvidenceKind.DEPOSIT_TIMESTAMPED, view.id().value(), hash);
				deposit.timestamped(entry.timestamp().der(), entry.timestamp().time(), entry.sequence());
				events.publishEvent(new DepositTimestamped(view.id(), view.number(), view.consultation(), view.company(),
						view.receivedAt(), entry.timestamp().time(), entry.sequence()));
				stamped++;
				log.info("Deposit {} received at {} got its timestamp: {}", view.number(), view.receivedAt(),
						entry.timestamp().time());
			}
			catch (TimestampException e) {
				var wait = properties.timestampRetry().multipliedBy(1L << Math.min(deposit.timestampAttempts() + 1, 20));
				var next = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait).truncatedTo(ChronoUnit.MICROS);
				deposit.timestampFailed(next);
				log.warn("The timestamp authority is still down ({}): deposit {} tried again at {}", e.reason(),
						view.number(), next);
				return new Pass(stamped, true);
			}
		}
		return new Pass(stamped, false);
	}

	private record Pass(int stamped, boolean stopped) {
	}
}
