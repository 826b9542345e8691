package fr.openmarches.evidence;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.evidence.ProbeResult.CheckResult;
import fr.openmarches.evidence.AvailabilityStatement.Period;
import fr.openmarches.evidence.AvailabilityStatement.Share;
import fr.openmarches.evidence.AvailabilityStatement.Status;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.platform.PlatformProperties;

/**
 * The availability log: the platform probes itself once per slot ({@code probe-interval}, a
 * minute by default) and records the result; statements say, for any window, when it was up,
 * degraded, down, or not probed at all (docs/evidence.md, "Availability").
 *
 * <p>Several instances: each slot is recorded once, by whichever instance probes it first
 * ({@code insert … on conflict do nothing} on the slot's start); an instance that finds the slot
 * taken does not probe.
 */
@Service
@EnableConfigurationProperties(AvailabilityProperties.class)
public class Availability {

	private static final Logger log = LoggerFactory.getLogger(Availability.class);

	private final JdbcClient sql;

	private final AvailabilityProbe probe;

	private final AvailabilityProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Availability(DataSource dataSource, BlobStore blobs, Environment environment, PlatformProperties platform,
			AvailabilityProperties properties, TransactionTemplate transactions, Clock clock, ProbeSetup setup,
			OpeningKeys openingKeys) {
		this.sql = JdbcClient.create(dataSource);
		var uploadsDir = Path.of(environment.getProperty("openmarches.submission.uploads-dir", "data/uploads"));
		var deposit = new ProbeDeposit(setup::made, openingKeys, () -> ownBase(environment, platform),
				properties.timeout());
		this.probe = new AvailabilityProbe(dataSource, blobs, uploadsDir,
				() -> URI.create(ownBase(environment, platform) + "/verifier"), deposit, properties.slowThreshold(),
				properties.timeout(), clock);
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * This instance's own web server over loopback (its local port), or the public address before it
	 * listens; without a trailing slash.
	 */
	private static URI ownBase(Environment environment, PlatformProperties platform) {
		var port = environment.getProperty("local.server.port");
		if (port == null) {
			var link = platform.link("/");
			return URI.create(link.endsWith("/") ? link.substring(0, link.length() - 1) : link);
		}
		var contextPath = environment.getProperty("server.servlet.context-path", "");
		return URI.create("http://127.0.0.1:" + port + contextPath);
	}

	/** The window before a deposit deadline a consultation's statement covers. */
	public Duration window() {
		return properties.window();
	}

	/** How long each probe's slot lasts. */
	public Duration probeInterval() {
		return properties.probeInterval();
	}

	/** The longest window one call of the API may ask for. */
	public Duration maxSpan() {
		return properties.maxSpan();
	}

	/**
	 * Probes the platform if the current slot is not recorded yet, and records the result. Returns
	 * it, or nothing when another probe (this instance's or another's) already took the slot.
	 */
	Optional<ProbeResult> probeIfDue() {
		var slot = slotOf(clock.instant());
		var taken = sql.sql("select exists (select 1 from evidence.availability_probe where slot_start = ?)")
			.param(utc(slot))
			.query(Boolean.class)
			.single();
		if (taken) {
			return Optional.empty();
		}
		var result = probe.run();
		if (clock.instant().isAfter(slot.plus(properties.probeInterval().multipliedBy(2)))) {
			// so late that its slot may already be stated (AvailabilityStatements): it stays unknown
			log.warn("Availability probe of {} ended too late to be recorded: {}", slot, result.status());
			return Optional.empty();
		}
		if (!record(slot, result)) {
			return Optional.empty();
		}
		if (result.status() != Status.UP) {
			log.warn("Availability probe: {} ({})", result.status(), result.checks());
		}
		return Optional.of(result);
	}

	/** Records a probe for the slot starting at {@code slot}; false if that slot was taken. */
	boolean record(Instant slot, ProbeResult result) {
		return Boolean.TRUE.equals(transactions.execute(status -> {
			var inserted = sql.sql("""
					insert into evidence.availability_probe (slot_start, slot_end, probed_at, status)
					values (?, ?, ?, ?) on conflict (slot_start) do nothing""")
				.params(utc(slot), utc(slot.plus(properties.probeInterval())), utc(result.probedAt()),
						result.status().name())
				.update();
			if (inserted == 0) {
				return false;
			}
			for (var check : result.checks()) {
				sql.sql("""
						insert into evidence.availability_check (slot_start, name, ok, duration_ms, error)
						values (?, ?, ?, ?, ?)""")
					.params(utc(slot), check.name(), check.ok(), check.duration().toMillis(), check.error())
					.update();
			}
			return true;
		}));
	}

	/** The start of the slot {@code instant} falls in (slots are aligned on the epoch). */
	Instant slotOf(Instant instant) {
		long length = properties.probeInterval().toMillis();
		long millis = instant.toEpochMilli();
		return Instant.ofEpochMilli(Math.floorDiv(millis, length) * length);
	}

	/** The statement of the window {@link #window()} before {@code deadline}. */
	public AvailabilityStatement beforeDeadline(Instant deadline) {
		return statement(deadline.minus(properties.window()), deadline);
	}

	/** The statement of the last {@code duration}, up to now. */
	public AvailabilityStatement last(Duration duration) {
		var now = clock.instant();
		return statement(now.minus(duration), now);
	}

	/**
	 * What the probes say about {@code [from, to)}; a window ending in the future is cut at now.
	 * @throws IllegalArgumentException when {@code from} is not before {@code to} (or now)
	 */
	public AvailabilityStatement statement(Instant from, Instant to) {
		var end = to.isAfter(clock.instant()) ? clock.instant() : to;
		if (!from.isBefore(end)) {
			throw new IllegalArgumentException("The window must start before it ends, and before now");
		}
		var slots = sql.sql("""
				select slot_start, slot_end, status from evidence.availability_probe
				where slot_start < ? and slot_end > ? order by slot_start""")
			.params(utc(end), utc(from))
			.query((rs, n) -> new Period(Status.valueOf(rs.getString(3)),
					rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
		var periods = new ArrayList<Period>();
		var cursor = from;
		for (var slot : slots) {
			var start = slot.start().isBefore(cursor) ? cursor : slot.start();
			var stop = slot.end().isAfter(end) ? end : slot.end();
			if (!stop.isAfter(start)) {
				continue; // a slot overlapping one already counted (the interval was changed)
			}
			if (start.isAfter(cursor)) {
				append(periods, new Period(Status.UNKNOWN, cursor, start));
			}
			append(periods, new Period(slot.status(), start, stop));
			cursor = stop;
		}
		if (cursor.isBefore(end)) {
			append(periods, new Period(Status.UNKNOWN, cursor, end));
		}
		return new AvailabilityStatement(from, end, periods, shares(periods, Duration.between(from, end)),
				slots.size());
	}

	private static void append(List<Period> periods, Period period) {
		if (!periods.isEmpty()) {
			var last = periods.getLast();
			if (last.status() == period.status() && last.end().equals(period.start())) {
				periods.set(periods.size() - 1, new Period(last.status(), last.start(), period.end()));
				return;
			}
		}
		periods.add(period);
	}

	private static List<Share> shares(List<Period> periods, Duration window) {
		var totals = new EnumMap<Status, Duration>(Status.class);
		for (var status : Status.values()) {
			totals.put(status, Duration.ZERO);
		}
		for (var period : periods) {
			totals.merge(period.status(), period.duration(), Duration::plus);
		}
		var shares = new ArrayList<Share>();
		totals.forEach((status, duration) -> shares.add(new Share(status, duration,
				Math.round(duration.toMillis() * 10000.0 / window.toMillis()) / 100.0)));
		return shares;
	}

	/** The latest probe recorded until now, with its checks. */
	public Optional<ProbeResult> latest() {
		var probe = sql.sql("""
				select slot_start, probed_at, status from evidence.availability_probe
				where slot_start <= ? order by slot_start desc limit 1""")
			.param(utc(clock.instant()))
			.query((rs, n) -> new Object[] { rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class),
					Status.valueOf(rs.getString(3)) })
			.optional();
		return probe.map(row -> {
			var checks = sql.sql("""
					select name, ok, duration_ms, error from evidence.availability_check
					where slot_start = ? order by name""")
				.param(row[0])
				.query((rs, n) -> new CheckResult(rs.getString(1), rs.getBoolean(2), Duration.ofMillis(rs.getLong(3)),
						rs.getString(4)))
				.list();
			return new ProbeResult(((OffsetDateTime) row[1]).toInstant(), (Status) row[2], checks);
		});
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
