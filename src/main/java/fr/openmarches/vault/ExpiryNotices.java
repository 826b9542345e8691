package fr.openmarches.vault;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mails a company's active administrators 30 and 7 days before the current version of a document
 * expires, once per version and threshold: each mail is recorded in {@code vault.expiry_notice}
 * in the transaction that sends it (the outbox), under a row lock, so two instances never mail
 * twice. The day is the Paris one, read from the injected clock.
 */
@Component
class ExpiryNotices {

	static final int FIRST_NOTICE_DAYS = 30;

	static final List<Integer> THRESHOLDS = List.of(7, FIRST_NOTICE_DAYS); // nearest first: a late upload gets one mail

	private final JdbcClient jdbc;

	private final CompanyService companies;

	private final AccountService accounts;

	private final Mailer mailer;

	private final PlatformProperties platform;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ExpiryNotices(JdbcClient jdbc, CompanyService companies, AccountService accounts, Mailer mailer,
			PlatformProperties platform, TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.accounts = accounts;
		this.mailer = mailer;
		this.platform = platform;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${openmarches.vault.check-interval:PT1H}")
	void onSchedule() {
		runDue();
	}

	/** Sends the notices due today; returns how many mails went. */
	int runDue() {
		var today = LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
		int sent = 0;
		for (var threshold : THRESHOLDS) {
			sent += transactions.execute(status -> notify(today, threshold));
		}
		return sent;
	}

	private record Due(UUID version, UUID company, String title, String type, LocalDate validUntil) {
	}

	/** Current versions ending within {@code days} days, not yet expired, not yet noticed at this threshold. */
	private int notify(LocalDate today, int days) {
		var due = jdbc.sql("""
				select v.id, d.company_id, d.title, d.type, v.valid_until from vault.version v
				join vault.document d on d.id = v.document_id
				where v.valid_until is not null and v.valid_until >= ? and v.valid_until <= ?
				and v.number = (select max(o.number) from vault.version o where o.document_id = v.document_id)
				and not exists (select 1 from vault.expiry_notice n where n.version_id = v.id and n.days_before <= ?)
				for update of v skip locked""")
			.params(today, today.plusDays(days), days)
			.query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
					rs.getString(4), rs.getObject(5, LocalDate.class)))
			.list();
		int sent = 0;
		for (var notice : due) {
			var company = companies.find(new CompanyId(notice.company())).orElse(null);
			jdbc.sql("insert into vault.expiry_notice (version_id, days_before, sent_at) values (?, ?, ?) on conflict do nothing")
				.params(notice.version(), days, java.sql.Timestamp.from(clock.instant()))
				.update();
			if (company == null) {
				continue;
			}
			for (var administrator : accounts.findAll(company.activeAdministrators()).values()) {
				var variables = new HashMap<String, Object>();
				variables.put("name", administrator.displayName());
				variables.put("company", company.name());
				variables.put("title", notice.title());
				variables.put("type", notice.type());
				variables.put("validUntil", notice.validUntil());
				variables.put("days", java.time.temporal.ChronoUnit.DAYS.between(today, notice.validUntil()));
				variables.put("link", platform.link("/mon-espace/coffre-fort"));
				// Accounts keep no language: mail goes in the platform's default, French.
				mailer.send(administrator.email(), "vault/expiry", Locale.FRENCH, variables);
				sent++;
			}
		}
		return sent;
	}
}
