package fr.openmarches.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.IllegalTransitionException;
import fr.openmarches.consultation.InvalidConsultationException;
import fr.openmarches.evidence.AvailabilityStatement.Period;
import fr.openmarches.evidence.AvailabilityStatement.Status;
import fr.openmarches.identity.AccountId;

/**
 * Outage-driven deadline extensions. The rule: when the availability log shows the platform not
 * up (down, degraded, or unprobed — a stretch the platform cannot prove it worked) at any time of
 * the last hour before a consultation's deposit deadline, its buyer may move the deadline later.
 * The buyer decides; the platform states the facts. Allowed while the consultation takes bids
 * and once it closed at that deadline, until its bids are opened: a consultation closed while
 * the platform failed is reopened (Conseil d'État, 23 Sept 2021, RATP, n° 449250: a buyer that
 * cannot prove its platform worked must admit the bid a diligent supplier could not deposit).
 * The decision — who, when, the deadline before and after, the reason — and the rule's facts are
 * recorded together, in one transaction with the new deadline: a row of
 * {@code evidence.deadline_extension} and a {@link EvidenceKind#DEADLINE_EXTENDED} entry of the
 * log. The consultation module then tells every identified downloader (its
 * {@code DeadlineExtended} event, mailed by the download module).
 */
@Service
public class DeadlineExtensions {

	/** The window the rule looks at: the last hour before the deadline. */
	public static final Duration LAST_HOUR = Duration.ofHours(1);

	private static final int REASON_MAX = 2_000;

	private final BuyerConsultations buyers;

	private final ConsultationService consultations;

	private final Availability availability;

	private final EvidenceLog log;

	private final TransactionTemplate transactions;

	private final JdbcClient sql;

	private final Clock clock;

	DeadlineExtensions(BuyerConsultations buyers, ConsultationService consultations, Availability availability,
			EvidenceLog log, TransactionTemplate transactions, DataSource dataSource, Clock clock) {
		this.buyers = buyers;
		this.consultations = consultations;
		this.availability = availability;
		this.log = log;
		this.transactions = transactions;
		this.sql = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	/**
	 * What the rule sees for one of the buyer's consultations now: the last hour before its deadline
	 * (up to now while it runs), its periods, whether it shows an outage and whether an extension
	 * can be decided. Empty when the consultation is not one of the buyer's.
	 *
	 * @param windowStarted whether the last hour has begun (before it, there is nothing to state)
	 * @param periods the window cut into periods (empty before it began)
	 * @param outage whether a period is not UP
	 * @param extensible whether the buyer may decide an extension now: an outage, and the
	 * consultation taking bids or closed and not opened
	 */
	public record Facts(ConsultationId consultation, ConsultationState state, Instant deadline, Instant windowStart,
			Instant windowEnd, boolean windowStarted, List<Period> periods, boolean outage, boolean extensible) {

		public Facts {
			periods = List.copyOf(periods);
		}

		/** The periods that are not UP: the outage the rule rests on. */
		public List<Period> outagePeriods() {
			return periods.stream().filter(p -> p.status() != Status.UP).toList();
		}
	}

	/** A decision recorded: the rule's facts and the buyer's choice. */
	public record Decision(UUID id, ConsultationId consultation, AccountId decidedBy, Instant decidedAt,
			Instant previousDeadline, Instant newDeadline, String reason, boolean reopened, Instant windowStart,
			Instant windowEnd, String outage, long evidenceSequence) {
	}

	public Optional<Facts> facts(AccountId buyer, ConsultationId id) {
		return buyers.find(buyer, id).map(this::facts);
	}

	private Facts facts(ConsultationDetails consultation) {
		var deadline = consultation.depositDeadline();
		var start = deadline.minus(LAST_HOUR);
		var now = clock.instant();
		if (!now.isAfter(start)) {
			return new Facts(consultation.id(), consultation.state(), deadline, start, deadline, false, List.of(), false,
					false);
		}
		var statement = availability.statement(start, deadline);
		var outage = statement.periods().stream().anyMatch(p -> p.status() != Status.UP);
		var open = consultation.state() == ConsultationState.PUBLISHED || consultation.state() == ConsultationState.CLOSED;
		return new Facts(consultation.id(), consultation.state(), deadline, start, statement.to(), true,
				statement.periods(), outage, outage && open);
	}

	/** The extensions decided for one of the buyer's consultations, oldest first; empty for another's. */
	public List<Decision> decisions(AccountId buyer, ConsultationId id) {
		if (buyers.find(buyer, id).isEmpty()) {
			return List.of();
		}
		return sql.sql("""
				select id, consultation_id, decided_by, decided_at, previous_deadline, new_deadline, reason, reopened,
				       window_start, window_end, outage, evidence_sequence
				from evidence.deadline_extension where consultation_id = ? order by decided_at""")
			.param(id.value())
			.query((rs, row) -> new Decision(rs.getObject(1, UUID.class), new ConsultationId(rs.getObject(2, UUID.class)),
					new AccountId(rs.getObject(3, UUID.class)), rs.getObject(4, OffsetDateTime.class).toInstant(),
					rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant(),
					rs.getString(7), rs.getBoolean(8), rs.getObject(9, OffsetDateTime.class).toInstant(),
					rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getString(11), rs.getLong(12)))
			.list();
	}

	/**
	 * The buyer extends the deadline of one of their consultations after an outage in its last hour.
	 * @throws NoSuchElementException when the consultation is not one of the buyer's
	 * @throws DeadlineExtensionRefusedException when no outage shows, the consultation no longer
	 * allows it, the reason is missing or too long, or the new deadline is not later than both
	 * the current one and now
	 */
	public Decision extend(AccountId buyer, ConsultationId id, Instant newDeadline, String reason) {
		return extend(buyer, id, null, newDeadline, reason);
	}

	/**
	 * The buyer extends {@code currentDeadline}, the deadline they saw (null: the one found when the
	 * request arrives). Two buyers deciding at the same moment are taken one after the other (a lock
	 * per consultation, held until the decision commits): the second finds the deadline moved by
	 * the first and is refused, rather than extending again or losing the first's decision.
	 * @throws NoSuchElementException when the consultation is not one of the buyer's
	 * @throws DeadlineExtensionRefusedException as {@link #extend(AccountId, ConsultationId, Instant, String)},
	 * and when the deadline is no longer {@code currentDeadline} ({@code evidence.extension.changed})
	 */
	public Decision extend(AccountId buyer, ConsultationId id, Instant currentDeadline, Instant newDeadline,
			String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.INVALID,
					"evidence.extension.reason.required", "reason");
		}
		if (reason.strip().length() > REASON_MAX) {
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.INVALID,
					"evidence.extension.reason.too-long", "reason");
		}
		if (newDeadline == null) {
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.INVALID,
					"evidence.extension.deadline.required", "newDeadline");
		}
		var extending = (currentDeadline != null ? currentDeadline
				: buyers.find(buyer, id).orElseThrow(NoSuchElementException::new).depositDeadline())
			.truncatedTo(ChronoUnit.SECONDS);
		try {
			return transactions.execute(status -> decide(buyer, id, extending, newDeadline, reason));
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException changedMeanwhile) {
			// another path changed the consultation, or recorded an extension of the same deadline, meanwhile
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.CONFLICT,
					"evidence.extension.changed", null);
		}
	}

	private Decision decide(AccountId buyer, ConsultationId id, Instant extending, Instant newDeadline, String reason) {
		// one decision at a time per consultation, on every instance, until this transaction ends
		sql.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))")
			.param("deadline-extension:" + id.value())
			.query((rs, n) -> 1)
			.single();
		// the consultation as it is now, after any decision taken meanwhile, within the transaction that changes it
		var consultation = buyers.find(buyer, id).orElseThrow(NoSuchElementException::new);
		if (!consultation.depositDeadline().equals(extending)) {
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.CONFLICT,
					"evidence.extension.changed", null);
		}
		var facts = facts(consultation);
		if (!facts.outage()) {
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.CONFLICT,
					facts.windowStarted() ? "evidence.extension.no-outage" : "evidence.extension.too-early", null);
		}
		if (!facts.extensible()) {
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.CONFLICT,
					"evidence.extension.state", null);
		}
		var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant previous;
		try {
			previous = consultations.extendDeadline(id, newDeadline, reason);
		}
		catch (InvalidConsultationException notLater) {
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.INVALID,
					"evidence.extension.deadline.not-later", "newDeadline");
		}
		catch (IllegalTransitionException notNow) {
			throw new DeadlineExtensionRefusedException(DeadlineExtensionRefusedException.Reason.CONFLICT,
					"evidence.extension.state", null);
		}
		var extended = newDeadline.truncatedTo(ChronoUnit.SECONDS);
		var reopened = consultation.state() == ConsultationState.CLOSED;
		var outage = String.join(", ", facts.outagePeriods()
			.stream()
			.map(p -> p.status() + " " + p.start() + "/" + p.end())
			.toList());
		var decision = UUID.randomUUID();
		// ids, times and the rule's facts; the reason is kept in the table, its hash in the log
		var statement = new LinkedHashMap<String, Object>();
		statement.put("kind", EvidenceKind.DEADLINE_EXTENDED.name());
		statement.put("consultation", id.value());
		statement.put("decidedBy", buyer.value());
		statement.put("at", now);
		statement.put("previousDeadline", previous);
		statement.put("newDeadline", extended);
		statement.put("reopened", reopened);
		statement.put("windowStart", facts.windowStart());
		statement.put("windowEnd", facts.windowEnd());
		statement.put("outage", facts.outagePeriods().stream().map(p -> p.status() + " " + p.start() + "/" + p.end()).toList());
		statement.put("reasonSha256", java.util.HexFormat.of().formatHex(Statement.sha256(reason.strip())));
		var entry = log.record(EvidenceKind.DEADLINE_EXTENDED, decision, id.value(), statement);
		sql.sql("""
				insert into evidence.deadline_extension (id, consultation_id, decided_by, decided_at, previous_deadline,
				  new_deadline, reason, reopened, window_start, window_end, outage, evidence_sequence)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(decision, id.value(), buyer.value(), utc(now), utc(previous), utc(extended), reason.strip(), reopened,
					utc(facts.windowStart()), utc(facts.windowEnd()), outage, entry.sequence())
			.update();
		return new Decision(decision, id, buyer, now, previous, extended, reason.strip(), reopened,
				facts.windowStart(), facts.windowEnd(), outage, entry.sequence());
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}
}
