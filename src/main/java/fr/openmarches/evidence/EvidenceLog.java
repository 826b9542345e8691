package fr.openmarches.evidence;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.evidence.ChainReport.Break;
import fr.openmarches.evidence.ChainReport.Problem;
import fr.openmarches.signature.TimestampException;
import fr.openmarches.signature.TimestampToken;
import fr.openmarches.signature.Timestamps;

/**
 * The evidence log: what happened, in order, each entry timestamped (RFC 3161) and chained to
 * the one before by its hash, so that removing, reordering or altering an entry shows.
 */
@Service
public class EvidenceLog {

	/** The token of entries the day's head covers: none, encoded with length 0. */
	private static final byte[] NO_TOKEN = new byte[0];

	private final Entries entries;

	private final Timestamps timestamps;

	private final Clock clock;

	private final TransactionTemplate writing;

	private final TransactionTemplate reading;

	EvidenceLog(Entries entries, Timestamps timestamps, Clock clock, PlatformTransactionManager transactions) {
		this.entries = entries;
		this.timestamps = timestamps;
		this.clock = clock;
		this.writing = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		// one snapshot for the head and every entry, whatever is appended meanwhile
		this.reading.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * Timestamps {@code payloadSha256} and appends it as the log's next entry. Joins the caller's
	 * transaction if there is one (the entry then exists if and only if it commits); the log stays
	 * locked for other writers until that transaction ends. The timestamp is obtained before the
	 * lock is taken, so a slow authority does not hold other writers up.
	 *
	 * @throws TimestampException when no timestamp could be had: nothing is appended
	 */
	public EvidenceEntry append(EvidenceKind kind, UUID subjectId, byte[] payloadSha256) {
		if (payloadSha256 == null || payloadSha256.length != EntryHash.BYTES) {
			throw new IllegalArgumentException("the payload hash is a SHA-256 hash (32 bytes)");
		}
		var token = timestamps.stamp(payloadSha256);
		return writing.execute(status -> {
			var head = entries.lockHead();
			var sequence = head.sequence() + 1;
			var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
			var hash = EntryHash.of(head.entryHash(), sequence, recordedAt, kind, subjectId, payloadSha256, token.der());
			var row = new Entries.Row(sequence, recordedAt, kind.name(), subjectId, payloadSha256.clone(), token.der(),
					head.entryHash(), hash);
			entries.append(row);
			return entry(row, token);
		});
	}

	/**
	 * Appends {@code payloadSha256} without a timestamp of its own, because the authority is down:
	 * a deposit must still be received. The entry is chained like any other (the day's head covers
	 * it), and the caller appends a {@link EvidenceKind#DEPOSIT_TIMESTAMPED} entry, with the token,
	 * once the authority is back. Joins the caller's transaction.
	 */
	public EvidenceEntry appendAwaitingTimestamp(EvidenceKind kind, UUID subjectId, byte[] payloadSha256) {
		if (kind != EvidenceKind.DEPOSIT_RECEIVED) {
			throw new IllegalArgumentException("only a deposit waits for its timestamp, not " + kind);
		}
		if (payloadSha256 == null || payloadSha256.length != EntryHash.BYTES) {
			throw new IllegalArgumentException("the payload hash is a SHA-256 hash (32 bytes)");
		}
		return writing.execute(status -> {
			var head = entries.lockHead();
			var sequence = head.sequence() + 1;
			var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
			var hash = EntryHash.of(head.entryHash(), sequence, recordedAt, kind, subjectId, payloadSha256, NO_TOKEN);
			var row = new Entries.Row(sequence, recordedAt, kind.name(), subjectId, payloadSha256.clone(), NO_TOKEN,
					head.entryHash(), hash);
			entries.append(row);
			return entry(row, null);
		});
	}

	/**
	 * Appends a fact told by another module's event: its statement (canonical JSON, never bid
	 * content) hashed as the payload, without a timestamp of its own (the day's head is
	 * timestamped). The same fact delivered twice is chained once: the entry already there is
	 * returned. Joins the caller's transaction.
	 */
	EvidenceEntry record(EvidenceKind kind, UUID subjectId, UUID consultationId, Map<String, ?> facts) {
		var statement = Statement.canonical(facts);
		var payload = Statement.sha256(statement);
		return writing.execute(status -> {
			var head = entries.lockHead();
			var already = entries.sameFact(kind.name(), subjectId, payload);
			if (already.isPresent()) {
				return entry(already.get());
			}
			var sequence = head.sequence() + 1;
			var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
			var hash = EntryHash.of(head.entryHash(), sequence, recordedAt, kind, subjectId, payload, NO_TOKEN);
			var row = new Entries.Row(sequence, recordedAt, kind.name(), subjectId, payload, NO_TOKEN, head.entryHash(),
					hash, consultationId, statement);
			entries.append(row);
			return entry(row);
		});
	}

	/**
	 * Appends a fact made once per subject: the entry of this kind about {@code subjectId} when
	 * there is one (whatever its statement), otherwise {@code facts} computed and chained now. The
	 * check and the append hold the log's lock, so that concurrent callers, on any instance, chain
	 * one entry. Joins the caller's transaction.
	 */
	EvidenceEntry recordOnce(EvidenceKind kind, UUID subjectId, UUID consultationId,
			java.util.function.Supplier<? extends Map<String, ?>> facts) {
		return writing.execute(status -> {
			var head = entries.lockHead();
			var already = entries.about(subjectId).stream().filter(row -> row.kind().equals(kind.name())).findFirst();
			if (already.isPresent()) {
				return entry(already.get());
			}
			var statement = Statement.canonical(facts.get());
			var payload = Statement.sha256(statement);
			var sequence = head.sequence() + 1;
			var recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
			var hash = EntryHash.of(head.entryHash(), sequence, recordedAt, kind, subjectId, payload, NO_TOKEN);
			var row = new Entries.Row(sequence, recordedAt, kind.name(), subjectId, payload, NO_TOKEN, head.entryHash(),
					hash, consultationId, statement);
			entries.append(row);
			return entry(row);
		});
	}

	/** Entries {@code from} to {@code to} (both included), in order, as stored. */
	public List<EvidenceEntry> entries(long from, long to) {
		return entries.between(from, to).stream().map(EvidenceLog::entry).toList();
	}

	/** The sequence and hash of the last entry (0 and 32 zero bytes while the log is empty). */
	public Head head() {
		var head = entries.head();
		return new Head(head.sequence(), head.entryHash());
	}

	/**
	 * The log's last entry.
	 *
	 * @param sequence its sequence, 0 while the log is empty
	 * @param entryHash its hash
	 */
	public record Head(long sequence, byte[] entryHash) {
	}

	/** The entry at {@code sequence}, if there is one. */
	public Optional<EvidenceEntry> entry(long sequence) {
		return entries.find(sequence).map(EvidenceLog::entry);
	}

	/** Every entry about {@code subjectId}, in order. */
	public List<EvidenceEntry> entriesAbout(UUID subjectId) {
		return entries.about(subjectId).stream().map(EvidenceLog::entry).toList();
	}

	/**
	 * Walks the whole log from the first entry and reports the first link that does not hold: a
	 * missing sequence number, an entry that does not follow the one before, a field changed since
	 * it was chained, a timestamp token that does not verify or stamps another hash.
	 */
	public ChainReport verify() {
		return reading.execute(status -> {
			var head = entries.head();
			var previous = EntryHash.GENESIS;
			long expected = 1;
			try (var rows = entries.inOrder()) {
				for (var iterator = rows.iterator(); iterator.hasNext();) {
					var row = iterator.next();
					var problem = check(row, expected, previous, true);
					if (problem != null) {
						return new ChainReport(expected - 1, head.sequence(), Optional.of(problem));
					}
					previous = row.entryHash();
					expected++;
				}
			}
			var last = expected - 1;
			if (head.sequence() > last) {
				return new ChainReport(last, head.sequence(), Optional.of(new Break(expected, Problem.MISSING,
						"the log ends at entry " + last + " but claims " + head.sequence() + " entries")));
			}
			if (!MessageDigest.isEqual(head.entryHash(), previous)) {
				return new ChainReport(last, head.sequence(), Optional.of(new Break(last, Problem.ALTERED,
						"the log's head does not hold the hash of its last entry")));
			}
			return new ChainReport(last, head.sequence(), Optional.empty());
		});
	}

	/**
	 * The first problem of {@code row}, which should be entry {@code expected} following
	 * {@code previous}; null when it holds. Without {@code tokens}, the entry's timestamp token is not
	 * verified, only hashed with the rest: what proving one entry's place in the chain needs.
	 */
	Break check(Entries.Row row, long expected, byte[] previous, boolean tokens) {
		if (row.sequence() != expected) {
			return new Break(expected, Problem.MISSING, "entry " + expected + " is missing (the next one is "
					+ row.sequence() + ")");
		}
		if (!MessageDigest.isEqual(row.previousHash(), previous)) {
			return new Break(row.sequence(), Problem.NOT_LINKED, "entry " + row.sequence()
					+ " does not follow entry " + (row.sequence() - 1) + ": its previous hash is "
					+ hex(row.previousHash()) + ", not " + hex(previous));
		}
		EvidenceKind kind;
		try {
			kind = EvidenceKind.valueOf(row.kind());
		}
		catch (IllegalArgumentException e) {
			return new Break(row.sequence(), Problem.ALTERED, "entry " + row.sequence() + " has an unknown kind");
		}
		var recomputed = EntryHash.of(row.previousHash(), row.sequence(), row.recordedAt(), kind, row.subjectId(),
				row.payloadSha256(), row.token());
		if (!MessageDigest.isEqual(recomputed, row.entryHash())) {
			return new Break(row.sequence(), Problem.ALTERED,
					"entry " + row.sequence() + " changed since it was chained: its fields hash to " + hex(recomputed)
							+ ", not " + hex(row.entryHash()));
		}
		if (row.statement() != null && !MessageDigest.isEqual(Statement.sha256(row.statement()), row.payloadSha256())) {
			return new Break(row.sequence(), Problem.ALTERED,
					"entry " + row.sequence() + ": its statement does not hash to its payload hash");
		}
		if (!tokens) {
			return null;
		}
		if (row.token().length == 0) {
			// a deposit received while the authority was down waits for its token in a later entry
			return row.statement() == null && kind != EvidenceKind.DEPOSIT_RECEIVED ? new Break(row.sequence(), Problem.TOKEN_INVALID,
					"entry " + row.sequence() + " has neither a statement nor a timestamp token") : null;
		}
		try {
			timestamps.verify(row.token(), row.payloadSha256());
		}
		catch (TimestampException e) {
			var problem = e.reason() == TimestampException.Reason.WRONG_IMPRINT ? Problem.TOKEN_FOR_OTHER_PAYLOAD
					: Problem.TOKEN_INVALID;
			return new Break(row.sequence(), problem, "entry " + row.sequence() + ": " + e.getMessage());
		}
		catch (IllegalArgumentException e) {
			return new Break(row.sequence(), Problem.ALTERED, "entry " + row.sequence() + ": " + e.getMessage());
		}
		return null;
	}

	private static EvidenceEntry entry(Entries.Row row) {
		return entry(row, row.token().length == 0 ? null : TimestampToken.read(row.token()));
	}

	private static EvidenceEntry entry(Entries.Row row, TimestampToken token) {
		return new EvidenceEntry(row.sequence(), row.recordedAt(), EvidenceKind.valueOf(row.kind()), row.subjectId(),
				row.payloadSha256(), token, row.previousHash(), row.entryHash(), row.consultationId(), row.statement());
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
