package fr.openmarches.award;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/** The messages to companies; a letter's PDF is kept with it (a few kilobytes). */
@Repository
class Messages {

	private static final String COLUMNS = """
			id, consultation_id, lot, company_id, deposit_id, kind, subject, body, pdf is not null as letter, reply_by,
			standstill_ends_on, sent_at, first_opened_at, first_opened_by""";

	private final JdbcClient jdbc;

	Messages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(CompanyMessage m, byte[] pdf, AccountId by) {
		jdbc.sql("""
				insert into award.message (id, consultation_id, lot, company_id, deposit_id, kind, subject, body, pdf, reply_by,
				    standstill_ends_on, sent_by, sent_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(m.id(), m.consultation().value(), m.lot(), m.company().value(), m.deposit(), m.kind().name(), m.subject(),
					m.body(), pdf, m.replyBy() == null ? null : Timestamp.from(m.replyBy()),
					m.standstillEndsOn() == null ? null : Date.valueOf(m.standstillEndsOn()), by.value(),
					Timestamp.from(m.sentAt()))
			.update();
	}

	List<CompanyMessage> ofConsultation(ConsultationId consultation) {
		return jdbc.sql("select " + COLUMNS + " from award.message where consultation_id = ? order by sent_at, lot, kind")
			.param(consultation.value())
			.query(Messages::message)
			.list();
	}

	List<CompanyMessage> ofCompany(CompanyId company) {
		return jdbc.sql("select " + COLUMNS + " from award.message where company_id = ? order by sent_at desc")
			.param(company.value())
			.query(Messages::message)
			.list();
	}

	Optional<CompanyMessage> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from award.message where id = ?").param(id).query(Messages::message).optional();
	}

	Optional<byte[]> pdf(UUID id) {
		return jdbc.sql("select pdf from award.message where id = ? and pdf is not null").param(id).query(byte[].class).optional();
	}

	/**
	 * Records the first opening only: a later one changes nothing (the legal date stays).
	 * @return whether this was the first opening
	 */
	boolean opened(UUID id, AccountId by, Instant at) {
		return jdbc.sql("update award.message set first_opened_at = ?, first_opened_by = ? where id = ? and first_opened_at is null")
			.params(Timestamp.from(at), by.value(), id)
			.update() == 1;
	}

	private static CompanyMessage message(ResultSet rs, int row) throws SQLException {
		var standstill = rs.getDate("standstill_ends_on");
		var replyBy = rs.getTimestamp("reply_by");
		var opened = rs.getTimestamp("first_opened_at");
		return new CompanyMessage(rs.getObject("id", UUID.class), new ConsultationId(rs.getObject("consultation_id", UUID.class)),
				rs.getInt("lot"), new CompanyId(rs.getObject("company_id", UUID.class)), rs.getObject("deposit_id", UUID.class),
				MessageKind.valueOf(rs.getString("kind")), rs.getString("subject"), rs.getString("body"),
				rs.getBoolean("letter"), replyBy == null ? null : replyBy.toInstant(),
				standstill == null ? null : standstill.toLocalDate(), rs.getTimestamp("sent_at").toInstant(),
				opened == null ? null : opened.toInstant(),
				rs.getObject("first_opened_by") == null ? null : new AccountId(rs.getObject("first_opened_by", UUID.class)));
	}
}
