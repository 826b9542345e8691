package fr.openmarches.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.platform.LegalTime;
import fr.openmarches.signature.TimestampToken;
import fr.openmarches.signature.Timestamps;

/**
 * Each day's head of the evidence log, timestamped (RFC 3161) and published. The head is taken
 * when the day is over (midnight, Europe/Paris), by whichever instance first finds it due
 * ({@code evidence.stamping}, locked with {@code skip locked}): like the other schedulers, a next
 * check time in the database, moved on once done, never a sleep. A day the platform was down is
 * not invented afterwards: the head taken late is labelled with the day it closes.
 */
@Service
public class DailyHeads {

	private static final Logger log = LoggerFactory.getLogger(DailyHeads.class);

	private final JdbcClient sql;

	private final EvidenceLog evidence;

	private final Timestamps timestamps;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DailyHeads(DataSource dataSource, EvidenceLog evidence, Timestamps timestamps, TransactionTemplate transactions,
			Clock clock) {
		this.sql = JdbcClient.create(dataSource);
		this.evidence = evidence;
		this.timestamps = timestamps;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Every daily head, the latest first. */
	public List<DailyHead> all() {
		return sql.sql("select day, sequence, entry_hash, timestamp_token from evidence.daily_head order by day desc")
			.query((rs, n) -> new DailyHead(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getBytes(3),
					TimestampToken.read(rs.getBytes(4))))
			.list();
	}

	/** The first daily head that covers entry {@code sequence}, if one was taken since. */
	public Optional<DailyHead> covering(long sequence) {
		return sql.sql("""
				select day, sequence, entry_hash, timestamp_token from evidence.daily_head
				where sequence >= ? order by sequence, day limit 1""")
			.param(sequence)
			.query((rs, n) -> new DailyHead(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getBytes(3),
					TimestampToken.read(rs.getBytes(4))))
			.optional();
	}

	/** When the next head is due. */
	public Instant nextAt() {
		return sql.sql("select next_check_at from evidence.stamping where id")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	/**
	 * Takes and timestamps the head if it is due, and moves the next check to the next midnight.
	 * Returns the head taken, if one was (none while the log is empty, or not due, or another
	 * instance is at it). A failing authority leaves it due: the next pass tries again.
	 */
	public Optional<DailyHead> stampIfDue() {
		return transactions.execute(status -> {
			var now = clock.instant();
			var due = sql.sql("select next_check_at from evidence.stamping where id and next_check_at <= ? "
					+ "for update skip locked")
				.param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.query(OffsetDateTime.class)
				.optional();
			if (due.isEmpty()) {
				return Optional.<DailyHead>empty();
			}
			// the day that ended at the check time (midnight belongs to the next day)
			var day = due.get().toInstant().minusNanos(1).atZone(LegalTime.ZONE).toLocalDate();
			var next = now.atZone(LegalTime.ZONE).toLocalDate().plusDays(1).atStartOfDay(LegalTime.ZONE).toInstant();
			sql.sql("update evidence.stamping set next_check_at = ? where id")
				.param(OffsetDateTime.ofInstant(next, ZoneOffset.UTC))
				.update();
			var head = evidence.head();
			if (head.sequence() == 0) {
				return Optional.<DailyHead>empty();
			}
			var token = timestamps.stamp(head.entryHash());
			var inserted = sql.sql("""
					insert into evidence.daily_head (day, sequence, entry_hash, timestamp_token, stamped_at)
					values (?, ?, ?, ?, ?) on conflict (day) do nothing""")
				.params(day, head.sequence(), head.entryHash(), token.der(),
						OffsetDateTime.ofInstant(token.time(), ZoneOffset.UTC))
				.update();
			if (inserted == 0) {
				return Optional.<DailyHead>empty();
			}
			log.info("Evidence log head of {}: entry {}, timestamped at {}", day, head.sequence(), token.time());
			return Optional.of(new DailyHead(day, head.sequence(), head.entryHash(), token));
		});
	}
}
