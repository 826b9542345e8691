package fr.openmarches.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.openmarches.consultation.ConsultationFinder;
import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks at the alerts that are due: for each, the consultations matching its search published
 * since its previous run, mailed in one message if there are any. Batches run in their own
 * transactions holding row locks, so an alert is never mailed twice, by one instance or several.
 */
@Component
class AlertRun {

	private static final int BATCH = 50;

	private final SavedSearches searches;

	private final ConsultationFinder finder;

	private final Mailer mailer;

	private final PlatformProperties platform;

	private final AlertProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	AlertRun(SavedSearches searches, ConsultationFinder finder, Mailer mailer, PlatformProperties platform,
			AlertProperties properties, TransactionTemplate transactions, Clock clock) {
		this.searches = searches;
		this.finder = finder;
		this.mailer = mailer;
		this.platform = platform;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${openmarches.alert.check-interval:PT30S}")
	void onSchedule() {
		runDue();
	}

	/** Runs every alert due now; returns how many mails were sent. */
	int runDue() {
		int mailed = 0;
		int[] batch;
		do {
			batch = transactions.execute(status -> runBatch());
			mailed += batch[1];
		}
		while (batch[0] == BATCH);
		return mailed;
	}

	private int[] runBatch() {
		var now = clock.instant();
		var due = searches.lockDue(now, BATCH);
		int mailed = 0;
		for (var alert : due) {
			var fresh = newSince(alert, now);
			if (!fresh.isEmpty()) {
				mail(alert, fresh);
				mailed++;
			}
			alert.ran(now, properties.immediateInterval());
		}
		return new int[] { due.size(), mailed };
	}

	/** Matching consultations published after the watermark and up to now, the latest first. */
	private List<ConsultationSummary> newSince(SavedSearch alert, java.time.Instant now) {
		var fresh = new ArrayList<ConsultationSummary>();
		for (int page = 0;; page++) {
			var results = finder.find(alert.criteria().search(), page, 100).page();
			for (var consultation : results.getContent()) {
				var published = consultation.publishedAt();
				if (published == null || !published.isAfter(alert.watermark())) {
					return fresh;
				}
				if (!published.isAfter(now)) {
					fresh.add(consultation);
				}
			}
			if (!results.hasNext()) {
				return fresh;
			}
		}
	}

	private void mail(SavedSearch alert, List<ConsultationSummary> fresh) {
		var shown = fresh.stream().limit(properties.maximumPerMail()).toList();
		mailer.send(alert.email(), "alert/new-consultations", alert.locale(),
				Map.of("name", alert.name(), "consultations", shown, "count", fresh.size(), "more",
						fresh.size() - shown.size(), "alertsLink",
						platform.link("/mon-espace/alertes"), "unsubscribeLink",
						platform.link("/alertes/desabonnement?jeton=" + alert.unsubscribeToken())),
				platform.link("/alertes/desabonnement?jeton=" + alert.unsubscribeToken()));
	}
}
