package fr.openmarches.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The log's tables in SQL: entries, and the head row every writer locks. Plain JDBC rather than
 * JPA, since the log is append-only and read in order, and the row lock must be explicit.
 */
@Repository
class Entries {

	/** An entry as stored, its token still DER. */
	record Row(long sequence, Instant recordedAt, String kind, UUID subjectId, byte[] payloadSha256, byte[] token,
			byte[] previousHash, byte[] entryHash, UUID consultationId, String statement) {

		Row(long sequence, Instant recordedAt, String kind, UUID subjectId, byte[] payloadSha256, byte[] token,
				byte[] previousHash, byte[] entryHash) {
			this(sequence, recordedAt, kind, subjectId, payloadSha256, token, previousHash, entryHash, null, null);
		}
	}

	record Head(long sequence, byte[] entryHash) {
	}

	private static final String COLUMNS = """
			sequence, recorded_at, kind, subject_id, payload_sha256, timestamp_token, previous_hash, entry_hash,
			consultation_id, statement""";

	private final JdbcClient sql;

	Entries(DataSource dataSource) {
		var template = new JdbcTemplate(dataSource);
		template.setFetchSize(500); // verify() streams the whole log
		this.sql = JdbcClient.create(template);
	}

	/** The head, locked until the transaction ends: appending is one writer at a time. */
	Head lockHead() {
		return sql.sql("select sequence, entry_hash from evidence.head where id for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
			.single();
	}

	Head head() {
		return sql.sql("select sequence, entry_hash from evidence.head where id")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
			.single();
	}

	void append(Row row) {
		sql.sql("insert into evidence.entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(row.sequence(), OffsetDateTime.ofInstant(row.recordedAt(), ZoneOffset.UTC), row.kind(),
					row.subjectId(), row.payloadSha256(), row.token(), row.previousHash(), row.entryHash(),
					row.consultationId(), row.statement())
			.update();
		sql.sql("update evidence.head set sequence = ?, entry_hash = ? where id")
			.params(row.sequence(), row.entryHash())
			.update();
	}

	Optional<Row> find(long sequence) {
		return sql.sql("select " + COLUMNS + " from evidence.entry where sequence = ?")
			.param(sequence)
			.query(Entries::row)
			.optional();
	}

	List<Row> about(UUID subjectId) {
		return sql.sql("select " + COLUMNS + " from evidence.entry where subject_id = ? order by sequence")
			.param(subjectId)
			.query(Entries::row)
			.list();
	}

	/** The entry already chained for this fact, if an event was delivered twice. */
	Optional<Row> sameFact(String kind, UUID subjectId, byte[] payloadSha256) {
		return sql.sql("select " + COLUMNS
				+ " from evidence.entry where kind = ? and subject_id = ? and payload_sha256 = ? and statement is not null")
			.params(kind, subjectId, payloadSha256)
			.query(Entries::row)
			.optional();
	}

	/** A consultation that closed at a deadline. */
	record Closing(UUID consultation, Instant deadline) {
	}

	/**
	 * The closings chained since {@code since}, whose deadline is at or before {@code settled}, and
	 * whose availability statement is not chained yet.
	 */
	List<Closing> closedWithoutStatement(Instant since, Instant settled) {
		return sql.sql("""
				select c.consultation_id, c.statement::jsonb ->> 'depositDeadline' from evidence.entry c
				where c.kind = 'CONSULTATION_CLOSED' and c.recorded_at >= ?
				  and (c.statement::jsonb ->> 'depositDeadline')::timestamptz <= ?
				  and not exists (select 1 from evidence.entry s
				                  where s.kind = 'AVAILABILITY_STATED' and s.consultation_id = c.consultation_id
				                    and s.statement::jsonb ->> 'deadline' = c.statement::jsonb ->> 'depositDeadline')
				order by c.sequence""")
			.params(OffsetDateTime.ofInstant(since, ZoneOffset.UTC), OffsetDateTime.ofInstant(settled, ZoneOffset.UTC))
			.query((rs, n) -> new Closing(rs.getObject(1, UUID.class), Instant.parse(rs.getString(2))))
			.list();
	}

	/** Entries {@code from} to {@code to} (both included), in order. */
	List<Row> between(long from, long to) {
		return sql.sql("select " + COLUMNS + " from evidence.entry where sequence between ? and ? order by sequence")
			.params(from, to)
			.query(Entries::row)
			.list();
	}

	/** Every entry in order; the caller closes the stream. */
	Stream<Row> inOrder() {
		return sql.sql("select " + COLUMNS + " from evidence.entry order by sequence").query(Entries::row).stream();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getLong("sequence"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getString("kind"), rs.getObject("subject_id", UUID.class), rs.getBytes("payload_sha256"),
				rs.getBytes("timestamp_token"), rs.getBytes("previous_hash"), rs.getBytes("entry_hash"),
				rs.getObject("consultation_id", UUID.class), rs.getString("statement"));
	}
}
