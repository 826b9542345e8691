package fr.openmarches.award;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import fr.openmarches.signature.PieceVerdict;

/** The contracts of awarded lots; a contract PDF is kept with its row (a few megabytes at most). */
@Repository
class LotContracts {

	private static final String COLUMNS = """
			c.consultation_id, c.lot, c.company_id, c.message_id, c.file_name, c.sha256, c.sent_at, c.signed_file_name,
			c.signature_status, c.signers, c.qualified, c.signed_at, c.concluded_at,
			(select max(m.standstill_ends_on) from award.message m
			  where m.consultation_id = c.consultation_id and m.lot = c.lot and m.kind in ('AWARD', 'REJECTION')) as standstill""";

	private final JdbcClient jdbc;

	LotContracts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the contract sent, or replaces one not signed yet. */
	void send(ConsultationId consultation, int lot, CompanyId company, UUID message, String fileName, byte[] document,
			String sha256, AccountId by, Instant at) {
		jdbc.sql("""
				insert into award.contract (consultation_id, lot, company_id, message_id, file_name, document, sha256, sent_by, sent_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (consultation_id, lot) do update set message_id = excluded.message_id, file_name = excluded.file_name,
				    document = excluded.document, sha256 = excluded.sha256, sent_by = excluded.sent_by, sent_at = excluded.sent_at
				where award.contract.signed_at is null""")
			.params(consultation.value(), lot, company.value(), message, fileName, document, sha256, by.value(), Timestamp.from(at))
			.update();
	}

	/** Records the holder's signature, once: {@code false} when it was signed already. */
	boolean sign(ConsultationId consultation, int lot, String fileName, byte[] signed, PieceVerdict verdict, AccountId by,
			Instant at) {
		var signers = verdict.signers().stream().map(s -> s.signer() == null ? "?" : s.signer().replace('\n', ' ')).toList();
		return jdbc.sql("""
				update award.contract set signed_file_name = ?, signed_document = ?, signature_status = ?, signers = ?,
				    qualified = ?, signature_report = ?, signed_by = ?, signed_at = ?
				where consultation_id = ? and lot = ? and signed_at is null""")
			.params(fileName, signed, verdict.indication().name(), String.join("\n", signers),
					verdict.signers().stream().allMatch(PieceVerdict.SignerVerdict::qualified), verdict.simpleReport(),
					by.value(), Timestamp.from(at), consultation.value(), lot)
			.update() == 1;
	}

	/** Records the buyer's conclusion, once: {@code false} when not signed by the holder or concluded already. */
	boolean conclude(ConsultationId consultation, int lot, AccountId by, Instant at) {
		return jdbc.sql("""
				update award.contract set concluded_by = ?, concluded_at = ?
				where consultation_id = ? and lot = ? and signed_at is not null and concluded_at is null""")
			.params(by.value(), Timestamp.from(at), consultation.value(), lot)
			.update() == 1;
	}

	List<Contract> of(ConsultationId consultation) {
		return jdbc.sql("select " + COLUMNS + " from award.contract c where c.consultation_id = ? order by c.lot")
			.param(consultation.value())
			.query(LotContracts::contract)
			.list();
	}

	Optional<Contract> find(ConsultationId consultation, int lot) {
		return jdbc.sql("select " + COLUMNS + " from award.contract c where c.consultation_id = ? and c.lot = ?")
			.params(consultation.value(), lot)
			.query(LotContracts::contract)
			.optional();
	}

	Optional<Contract> byMessage(UUID message) {
		return jdbc.sql("select " + COLUMNS + " from award.contract c where c.message_id = ?")
			.param(message)
			.query(LotContracts::contract)
			.optional();
	}

	byte[] document(ConsultationId consultation, int lot) {
		return jdbc.sql("select document from award.contract where consultation_id = ? and lot = ?")
			.params(consultation.value(), lot).query(byte[].class).single();
	}

	Optional<byte[]> signedDocument(ConsultationId consultation, int lot) {
		return jdbc.sql("select signed_document from award.contract where consultation_id = ? and lot = ? and signed_at is not null")
			.params(consultation.value(), lot).query(byte[].class).optional();
	}

	Optional<byte[]> signatureReport(ConsultationId consultation, int lot) {
		return jdbc.sql("select signature_report from award.contract where consultation_id = ? and lot = ? and signed_at is not null")
			.params(consultation.value(), lot).query(byte[].class).optional();
	}

	private static Contract contract(ResultSet rs, int row) throws SQLException {
		var standstill = rs.getDate("standstill");
		var concluded = rs.getTimestamp("concluded_at");
		var signedAt = rs.getTimestamp("signed_at");
		var signature = signedAt == null ? null : new Contract.Signature(rs.getString("signed_file_name"),
				PieceVerdict.Indication.valueOf(rs.getString("signature_status")),
				Arrays.asList(rs.getString("signers").split("\n")), rs.getBoolean("qualified"), signedAt.toInstant());
		return new Contract(new ConsultationId(rs.getObject("consultation_id", UUID.class)), rs.getInt("lot"),
				new CompanyId(rs.getObject("company_id", UUID.class)), rs.getObject("message_id", UUID.class),
				rs.getString("file_name"), rs.getString("sha256"), rs.getTimestamp("sent_at").toInstant(), signature,
				standstill == null ? null : standstill.toLocalDate(), concluded == null ? null : concluded.toInstant());
	}
}
