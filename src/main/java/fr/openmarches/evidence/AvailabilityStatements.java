package fr.openmarches.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.openmarches.evidence.AvailabilityStatement.Period;
import fr.openmarches.evidence.AvailabilityStatement.Share;
import fr.openmarches.evidence.AvailabilityStatement.Status;

/**
 * The availability statement of a consultation's deposit deadline, recorded once: chained into the
 * evidence log as an {@link EvidenceKind#AVAILABILITY_STATED} entry whose statement <em>is</em> the
 * availability statement in canonical JSON (its periods and shares; no personal data). What the
 * opening report attaches and the API serves is read back from that entry, so it is provably the
 * statement recorded then, whatever later happens to the probes' table (which is not append-only).
 *
 * <p>A statement is made only once the deadline has <em>settled</em>: every probe of a slot before
 * the deadline is recorded or never will be ({@link Availability} drops a probe ending more than a
 * probe interval after its slot), which is {@link #settledAt two probe intervals} after it. One
 * entry per consultation and deadline (its subject is UUIDv3 of both); a deadline extended later
 * gets its own.
 */
@Service
public class AvailabilityStatements {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Availability availability;

	private final EvidenceLog log;

	private final Entries entries;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	AvailabilityStatements(Availability availability, EvidenceLog log, Entries entries,
			PlatformTransactionManager transactions, Clock clock) {
		this.availability = availability;
		this.log = log;
		this.entries = entries;
		// its own transaction: a statement is recorded whatever the caller does next, even from a
		// read-only transaction (drawing up the opening report)
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * A statement as recorded in the evidence log.
	 *
	 * @param statement what it says, read back from the entry
	 * @param deadline the deposit deadline it is about
	 * @param statedAt when it was recorded
	 * @param sequence its entry's place in the log
	 * @param entryHash its entry's hash
	 * @param statementSha256 SHA-256 of its canonical JSON: the entry's payload hash
	 * @param canonical the canonical JSON itself, as chained
	 */
	public record Stated(AvailabilityStatement statement, UUID consultation, Instant deadline, Instant statedAt,
			long sequence, byte[] entryHash, byte[] statementSha256, String canonical) {
	}

	/** When the statement of {@code deadline} can be made: every probe of the window is in by then. */
	public Instant settledAt(Instant deadline) {
		return deadline.plus(availability.probeInterval().multipliedBy(2));
	}

	/** The statement recorded for this consultation and deadline, if any. */
	public Optional<Stated> recorded(UUID consultation, Instant deadline) {
		return entries.about(subject(consultation, deadline))
			.stream()
			.filter(row -> row.kind().equals(EvidenceKind.AVAILABILITY_STATED.name()))
			.findFirst()
			.map(row -> read(new EvidenceEntry(row.sequence(), row.recordedAt(), EvidenceKind.AVAILABILITY_STATED,
					row.subjectId(), row.payloadSha256(), null, row.previousHash(), row.entryHash(), row.consultationId(),
					row.statement())));
	}

	/**
	 * The statement of the window before {@code deadline} for this consultation: the one recorded,
	 * or recorded now (in a transaction of its own) when the deadline has settled; empty before.
	 * Calling it again, from any instance, gives the same entry.
	 */
	public Optional<Stated> state(UUID consultation, Instant deadline) {
		var already = recorded(consultation, deadline);
		if (already.isPresent() || clock.instant().isBefore(settledAt(deadline))) {
			return already;
		}
		var entry = ownTransaction.execute(status -> log.recordOnce(EvidenceKind.AVAILABILITY_STATED,
				subject(consultation, deadline), consultation, () -> facts(consultation, deadline)));
		return Optional.of(read(entry));
	}

	/**
	 * States the deadlines of the consultations closed lately (their {@code CONSULTATION_CLOSED}
	 * entries of the last {@code lookBack}) that have settled and are not stated yet, so that each
	 * statement is recorded minutes after its deadline rather than when someone first asks for it.
	 * Returns how many were recorded.
	 */
	int stateClosedDeadlines(Duration lookBack) {
		var now = clock.instant();
		var due = entries.closedWithoutStatement(now.minus(lookBack), now.minus(availability.probeInterval().multipliedBy(2)));
		var stated = 0;
		for (var closing : due) {
			if (state(closing.consultation(), closing.deadline()).isPresent()) {
				stated++;
			}
		}
		return stated;
	}

	/** The entry's subject: one per consultation and deadline. */
	static UUID subject(UUID consultation, Instant deadline) {
		return UUID.nameUUIDFromBytes(("availability-statement:" + consultation + ":" + deadline)
			.getBytes(StandardCharsets.UTF_8));
	}

	private LinkedHashMap<String, Object> facts(UUID consultation, Instant deadline) {
		var statement = availability.beforeDeadline(deadline);
		var facts = new LinkedHashMap<String, Object>();
		facts.put("kind", EvidenceKind.AVAILABILITY_STATED.name());
		facts.put("consultation", consultation);
		facts.put("at", clock.instant());
		facts.put("deadline", deadline);
		facts.put("from", statement.from());
		facts.put("to", statement.to());
		facts.put("probes", statement.probes());
		facts.put("periods", statement.periods().stream().map(p -> p.status() + " " + p.start() + " " + p.end()).toList());
		facts.put("shares", statement.shares()
			.stream()
			.map(s -> s.status() + " " + s.duration() + " " + s.percent())
			.toList());
		return facts;
	}

	/** The statement an entry holds, parsed back from its canonical JSON. */
	static Stated read(EvidenceEntry entry) {
		var json = JSON.readTree(entry.statement());
		var periods = new ArrayList<Period>();
		for (var period : json.get("periods")) {
			var parts = period.asString().split(" ");
			periods.add(new Period(Status.valueOf(parts[0]), Instant.parse(parts[1]), Instant.parse(parts[2])));
		}
		var shares = new ArrayList<Share>();
		for (var share : json.get("shares")) {
			var parts = share.asString().split(" ");
			shares.add(new Share(Status.valueOf(parts[0]), Duration.parse(parts[1]), Double.parseDouble(parts[2])));
		}
		var statement = new AvailabilityStatement(instant(json, "from"), instant(json, "to"), periods, shares,
				Integer.parseInt(json.get("probes").asString()));
		return new Stated(statement, UUID.fromString(json.get("consultation").asString()), instant(json, "deadline"),
				instant(json, "at"), entry.sequence(), entry.entryHash(), entry.payloadSha256(), entry.statement());
	}

	private static Instant instant(JsonNode json, String key) {
		return Instant.parse(json.get(key).asString());
	}
}
