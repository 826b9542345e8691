package fr.openmarches.opening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.identity.AccountId;
import fr.openmarches.opening.SessionRefusedException.Reason;
import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siret;

/**
 * The backup copies of a consultation (docs/opening.md, « Copies de sauvegarde »). The consultation's
 * buyers and commission members register each copy received — company, medium, time of receipt, which
 * says whether it came in time — and see them all. A commission member opens one only once the
 * consultation is closed, only if it came in time, and only in a case the law allows, checked against
 * what the platform knows of the electronic deposit:
 * <ul>
 * <li>{@code NOT_RECEIVED}: no electronic deposit, or one received after the deadline;</li>
 * <li>{@code NOT_OPENABLE}: a deposit received in time with a piece the opening could not read (its
 * key did not open it, its seal or storage is broken, or its hash does not match);</li>
 * <li>{@code MALWARE}: a deposit received in time, the malicious program described in the explanation.</li>
 * </ul>
 * The case, the deposit, the explanation, who and when are written once. Anyone else: not found.
 */
@Service
@Transactional
public class BackupCopies {

	static final int MAX_TEXT = 2000;

	private static final String COLUMNS = """
			id, consultation_id, company_name, siret, medium, received_at, in_time, recorded_by, recorded_at, opening_case,
			deposit_id, explanation, opened_by, opened_at""";

	private final OpeningDesk desk;

	private final ConsultationService consultations;

	private final JdbcClient jdbc;

	private final Clock clock;

	BackupCopies(OpeningDesk desk, ConsultationService consultations, JdbcClient jdbc, Clock clock) {
		this.desk = desk;
		this.consultations = consultations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The consultation's backup copies, in the order received, for its buyers and commission members. */
	@Transactional(readOnly = true)
	public List<BackupCopy> of(AccountId reader, ConsultationId consultation) {
		desk.view(reader, consultation);
		return jdbc.sql("select " + COLUMNS + " from opening.backup_copy where consultation_id = ? order by received_at, recorded_at")
			.param(consultation.value())
			.query(BackupCopies::copy)
			.list();
	}

	/**
	 * Registers a backup copy received.
	 * @throws SessionRefusedException {@code INVALID_BACKUP} without a company or medium, with a time of
	 *         receipt in the future, or for a draft; {@code INVALID_SIRET} with a malformed SIRET
	 */
	public BackupCopy register(AccountId reader, ConsultationId consultation, String companyName, String siret,
			BackupCopy.Medium medium, Instant receivedAt) {
		desk.view(reader, consultation);
		var summary = consultations.summaries(List.of(consultation)).get(consultation);
		var company = companyName == null ? "" : companyName.strip();
		var now = clock.instant();
		if (company.isEmpty() || company.length() > 300 || medium == null || receivedAt == null || receivedAt.isAfter(now)
				|| summary.state() == ConsultationState.DRAFT) {
			throw new SessionRefusedException(Reason.INVALID_BACKUP);
		}
		String siretText;
		try {
			siretText = siret == null || siret.isBlank() ? null : Siret.parse(siret).value();
		}
		catch (InvalidIdentifierException e) {
			throw new SessionRefusedException(Reason.INVALID_SIRET, siret.strip());
		}
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into opening.backup_copy (id, consultation_id, company_name, siret, medium, received_at, in_time,
				    recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, consultation.value(), company, siretText, medium.name(), Timestamp.from(receivedAt),
					!receivedAt.isAfter(summary.depositDeadline()), reader.value(), Timestamp.from(now))
			.update();
		return find(id).orElseThrow();
	}

	/**
	 * Opens a backup copy, in a case the law allows.
	 * @throws SessionRefusedException when the reader is not a commission member, the consultation not
	 *         closed, the copy late or opened already, the explanation missing, or the case's facts not met
	 */
	public BackupCopy open(AccountId member, ConsultationId consultation, UUID copyId, BackupCopy.Case legalCase,
			UUID deposit, String explanation) {
		var view = desk.view(member, consultation);
		if (!view.member()) {
			throw new SessionRefusedException(Reason.NOT_A_MEMBER);
		}
		if (!OpeningDesk.OPENABLE.contains(view.state())) {
			throw new SessionRefusedException(Reason.NOT_CLOSED);
		}
		var copy = jdbc.sql("select " + COLUMNS + " from opening.backup_copy where id = ? and consultation_id = ? for update")
			.params(copyId, consultation.value())
			.query(BackupCopies::copy)
			.optional()
			.orElseThrow(() -> new SessionRefusedException(Reason.UNKNOWN_PIECE, String.valueOf(copyId)));
		if (copy.opened()) {
			throw new SessionRefusedException(Reason.ALREADY_OPENED, copy.companyName());
		}
		if (!copy.inTime()) {
			throw new SessionRefusedException(Reason.BACKUP_LATE, copy.companyName());
		}
		var why = explanation == null ? "" : explanation.strip();
		if (why.isEmpty() || why.length() > MAX_TEXT || legalCase == null) {
			throw new SessionRefusedException(Reason.INVALID_REASON, MAX_TEXT);
		}
		var electronic = deposit == null ? null : view.deposits().stream().filter(d -> d.id().equals(deposit)).findFirst()
			.or(() -> view.lateDeposits().stream().filter(d -> d.id().equals(deposit)).findFirst())
			.orElseThrow(() -> new SessionRefusedException(Reason.UNKNOWN_PIECE, String.valueOf(deposit)));
		boolean met = switch (legalCase) {
			case NOT_RECEIVED -> electronic == null || electronic.late();
			case NOT_OPENABLE -> electronic != null && !electronic.late() && electronic.pieces().stream()
				.anyMatch(p -> p.outcome() != null && p.outcome() != PieceOutcome.OPENED);
			case MALWARE -> electronic != null && !electronic.late();
		};
		if (!met) {
			throw new SessionRefusedException(Reason.BACKUP_CASE_NOT_MET, copy.companyName());
		}
		jdbc.sql("""
				update opening.backup_copy set opening_case = ?, deposit_id = ?, explanation = ?, opened_by = ?, opened_at = ?
				where id = ? and opened_at is null""")
			.params(legalCase.name(), deposit, why, member.value(), Timestamp.from(clock.instant()), copyId)
			.update();
		return find(copyId).orElseThrow();
	}

	private Optional<BackupCopy> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from opening.backup_copy where id = ?").param(id).query(BackupCopies::copy).optional();
	}

	private static BackupCopy copy(ResultSet rs, int row) throws SQLException {
		var openedAt = rs.getTimestamp("opened_at");
		var opening = openedAt == null ? null : new BackupCopy.Opening(BackupCopy.Case.valueOf(rs.getString("opening_case")),
				rs.getObject("deposit_id", UUID.class), rs.getString("explanation"),
				new AccountId(rs.getObject("opened_by", UUID.class)), openedAt.toInstant());
		return new BackupCopy(rs.getObject("id", UUID.class), new ConsultationId(rs.getObject("consultation_id", UUID.class)),
				rs.getString("company_name"), rs.getString("siret"), BackupCopy.Medium.valueOf(rs.getString("medium")),
				rs.getTimestamp("received_at").toInstant(), rs.getBoolean("in_time"),
				new AccountId(rs.getObject("recorded_by", UUID.class)), rs.getTimestamp("recorded_at").toInstant(), opening);
	}
}
