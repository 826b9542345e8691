package fr.openmarches.consultation;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies to consultations what the passing of time makes due (today: closing at the deposit
 * deadline). It asks the database for the consultations whose next check time has passed, in
 * batches, each batch in its own transaction holding row locks ({@code skip locked}): several
 * instances share the work, and a crash leaves the rest due for the next run.
 */
@Component
class Chronograph {

	private static final Logger log = LoggerFactory.getLogger(Chronograph.class);

	private static final int BATCH = 50;

	private final Consultations consultations;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Chronograph(Consultations consultations, TransactionTemplate transactions, Clock clock) {
		this.consultations = consultations;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${openmarches.consultation.chronograph-interval:PT30S}")
	void checkDueOnSchedule() {
		checkDue();
	}

	/** Applies every check that is due now; returns how many consultations were checked. */
	int checkDue() {
		int checked = 0;
		Batch batch;
		do {
			batch = transactions.execute(status -> checkBatch());
			checked += batch.size();
		}
		// a full batch in which nothing moved on would be selected again: stop rather than spin
		while (batch.size() == BATCH && batch.movedOn() > 0);
		return checked;
	}

	private Batch checkBatch() {
		var now = clock.instant();
		var due = consultations.lockDue(now, BATCH);
		int movedOn = 0;
		for (var consultation : due) {
			var before = consultation.state();
			consultation.checkDeadlines(now);
			consultations.save(consultation);
			if (consultation.nextCheckAt() == null || consultation.nextCheckAt().isAfter(now)) {
				movedOn++;
			}
			else {
				log.error("Consultation {} is still due at {} after its check", consultation.id(), now);
			}
			log.info("Consultation {} ({}): {} → {}", consultation.id(), consultation.reference(), before,
					consultation.state());
		}
		return new Batch(due.size(), movedOn);
	}

	private record Batch(int size, int movedOn) {
	}
}
