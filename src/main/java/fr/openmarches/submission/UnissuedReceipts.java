package fr.openmarches.submission;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.signature.TimestampException;

/**
 * Issues the receipts whose issuing failed: the listener on {@link DepositReceived} threw (the
 * timestamp authority refused the seal's timestamp, the blob store failed) or the platform stopped
 * between the deposit and its receipt. Every {@code openmarches.submission.receipt-retry}, each
 * deposit received more than a minute ago (the listener's turn first) and still without receipt is
 * locked ({@code skip locked}: another instance issuing it keeps it) and its receipt issued,
 * recorded and mailed to the depositor, in one transaction: exactly once, whichever instance or
 * listener gets there first. A deposit whose issuing fails again is tried at the next pass; the
 * pass stops when the timestamp authority is down (the others would fail alike).
 */
@Component
class UnissuedReceipts {

	private static final Logger log = LoggerFactory.getLogger(UnissuedReceipts.class);

	/** Left to the listener, which issues within seconds of the deposit. */
	private static final Duration LISTENER_TURN = Duration.ofMinutes(1);

	private static final int BATCH = 100;

	private final Deposits deposits;

	private final Receipts receipts;

	private final TransactionTemplate transactions;

	private final Clock clock;

	UnissuedReceipts(Deposits deposits, Receipts receipts, TransactionTemplate transactions, Clock clock) {
		this.deposits = deposits;
		this.receipts = receipts;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${openmarches.submission.receipt-retry:PT1M}",
			initialDelayString = "${openmarches.submission.receipt-retry:PT1M}")
	void issueOnSchedule() {
		issue();
	}

	/** Issues the missing receipts; returns how many this pass issued. */
	int issue() {
		var due = transactions.execute(status -> deposits.withoutReceipt(clock.instant().minus(LISTENER_TURN),
				PageRequest.of(0, BATCH)));
		int issued = 0;
		for (var id : due) {
			try {
				var done = transactions.execute(status -> deposits.lockWithoutReceipt(id)
					.map(deposit -> receipts.issue(new DepositId(id)))
					.orElse(false));
				if (Boolean.TRUE.equals(done)) {
					issued++;
					log.info("Receipt of deposit {} issued late, its first issuing having failed", id);
				}
			}
			catch (TimestampException e) {
				// the authority is down: the others would fail alike, each after its timeout
				log.warn("Receipt of deposit {} not issued, the timestamp authority is down ({}): tried again at the next pass",
						id, e.reason());
				return issued;
			}
			catch (RuntimeException e) {
				log.warn("Receipt of deposit {} still not issued, tried again at the next pass: {}", id, e.toString());
			}
		}
		return issued;
	}
}
