package fr.openmarches.opendata;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.openmarches.identity.AccountId;

/** The modifications of published contracts, in their order. */
@Repository
class ContractModifications {

	private final JdbcClient jdbc;

	ContractModifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ContractModification> of(ContractId contract) {
		return jdbc.sql("""
				select number, notified_on, published_on, duration_months, amount, recorded_by, recorded_at
				from opendata.contract_modification where contract_id = ? order by number""")
			.param(contract.value())
			.query((rs, row) -> new ContractModification(rs.getInt("number"), rs.getDate("notified_on").toLocalDate(),
					rs.getDate("published_on").toLocalDate(), (Integer) rs.getObject("duration_months"),
					rs.getBigDecimal("amount"), new AccountId(rs.getObject("recorded_by", UUID.class)),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	/** Appends one; the primary key refuses a number taken meanwhile. */
	void add(ContractId contract, ContractModification m) {
		jdbc.sql("""
				insert into opendata.contract_modification (contract_id, number, notified_on, published_on, duration_months,
				    amount, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(contract.value(), m.number(), Date.valueOf(m.notifiedOn()), Date.valueOf(m.publishedOn()),
					m.durationMonths(), m.amount(), m.recordedBy().value(), Timestamp.from(m.recordedAt()))
			.update();
	}
}
