package fr.openmarches.award;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/** The decisions on a consultation's lots; the primary key keeps one per lot. */
@Repository
class Decisions {

	private final JdbcClient jdbc;

	Decisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Decision> of(ConsultationId consultation) {
		return jdbc.sql("select * from award.decision where consultation_id = ? order by lot")
			.param(consultation.value())
			.query((rs, n) -> new Decision(rs.getInt("lot"), Decision.Outcome.valueOf(rs.getString("outcome")),
					rs.getObject("deposit_id", UUID.class),
					rs.getObject("company_id") == null ? null : new CompanyId(rs.getObject("company_id", UUID.class)),
					rs.getString("company_name"), rs.getString("siren"), rs.getString("siret"), rs.getBigDecimal("amount"),
					rs.getBigDecimal("total"), rs.getString("reason"), new AccountId(rs.getObject("decided_by", UUID.class)),
					rs.getTimestamp("decided_at").toInstant()))
			.list();
	}

	/** Records the decision; a second one for the same lot fails on the primary key (a race lost). */
	void record(ConsultationId consultation, Decision d) {
		jdbc.sql("""
				insert into award.decision (consultation_id, lot, outcome, deposit_id, company_id, company_name, siren, siret,
				    amount, total, reason, decided_by, decided_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(consultation.value(), d.lot(), d.outcome().name(), d.deposit(),
					d.company() == null ? null : d.company().value(), d.companyName(), d.siren(), d.siret(), d.amount(),
					d.total(), d.reason(), d.decidedBy().value(), Timestamp.from(d.decidedAt()))
			.update();
	}
}
