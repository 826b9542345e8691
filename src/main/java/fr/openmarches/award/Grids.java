package fr.openmarches.award;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;

/** The criteria and the assessments of a consultation's lots (lot 0: no lots). */
@Repository
class Grids {

	private final JdbcClient jdbc;

	Grids(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By lot, each in position order. */
	Map<Integer, List<Criterion>> criteria(ConsultationId consultation) {
		var byLot = new LinkedHashMap<Integer, List<Criterion>>();
		jdbc.sql("select lot, kind, label, weight, max_score from award.criterion where consultation_id = ? order by lot, position")
			.param(consultation.value())
			.query((rs, n) -> {
				byLot.computeIfAbsent(rs.getInt("lot"), any -> new java.util.ArrayList<>())
					.add(new Criterion(CriterionKind.valueOf(rs.getString("kind")), rs.getString("label"),
							rs.getInt("weight"), rs.getBigDecimal("max_score")));
				return null;
			})
			.list();
		return byLot;
	}

	void replaceCriteria(ConsultationId consultation, int lot, List<Criterion> criteria) {
		jdbc.sql("delete from award.assessment where consultation_id = ? and lot = ?").params(consultation.value(), lot).update();
		jdbc.sql("delete from award.criterion where consultation_id = ? and lot = ?").params(consultation.value(), lot).update();
		for (int i = 0; i < criteria.size(); i++) {
			var c = criteria.get(i);
			jdbc.sql("insert into award.criterion (consultation_id, lot, position, kind, label, weight, max_score) values (?, ?, ?, ?, ?, ?, ?)")
				.params(consultation.value(), lot, i, c.kind().name(), c.label(), c.weight(), c.maxScore())
				.update();
		}
	}

	/** By lot, then by deposit. */
	Map<Integer, Map<UUID, Assessment>> assessments(ConsultationId consultation) {
		var scores = new HashMap<String, Map<Integer, BigDecimal>>();
		jdbc.sql("select lot, deposit_id, position, score from award.score where consultation_id = ?")
			.param(consultation.value())
			.query((rs, n) -> scores.computeIfAbsent(rs.getInt("lot") + "/" + rs.getObject("deposit_id"), any -> new HashMap<>())
				.put(rs.getInt("position"), rs.getBigDecimal("score")))
			.list();
		var byLot = new LinkedHashMap<Integer, Map<UUID, Assessment>>();
		jdbc.sql("select lot, deposit_id, amount, comment, excluded_reason from award.assessment where consultation_id = ?")
			.param(consultation.value())
			.query((rs, n) -> {
				var deposit = rs.getObject("deposit_id", UUID.class);
				byLot.computeIfAbsent(rs.getInt("lot"), any -> new LinkedHashMap<>())
					.put(deposit, new Assessment(deposit, rs.getBigDecimal("amount"),
							scores.getOrDefault(rs.getInt("lot") + "/" + deposit, Map.of()), rs.getString("comment"),
							rs.getString("excluded_reason")));
				return null;
			})
			.list();
		return byLot;
	}

	void save(ConsultationId consultation, int lot, Assessment assessment, AccountId by, Instant at) {
		jdbc.sql("delete from award.assessment where consultation_id = ? and lot = ? and deposit_id = ?")
			.params(consultation.value(), lot, assessment.deposit())
			.update();
		jdbc.sql("""
				insert into award.assessment (consultation_id, lot, deposit_id, amount, comment, excluded_reason, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(consultation.value(), lot, assessment.deposit(), assessment.amount(), assessment.comment(),
					assessment.excluded() ? assessment.excludedReason() : null, by.value(), Timestamp.from(at))
			.update();
		assessment.scores().forEach((position, score) -> jdbc
			.sql("insert into award.score (consultation_id, lot, deposit_id, position, score) values (?, ?, ?, ?, ?)")
			.params(consultation.value(), lot, assessment.deposit(), position, score)
			.update());
	}
}
