package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import fr.openmarches.organisation.Department;

/**
 * The rules a consultation's details follow whatever its state, checked all at once so that a
 * buyer sees every mistake together. The CPV vocabulary and the uniqueness of references need the
 * platform: {@link ConsultationService} checks those.
 */
final class ConsultationRules {

	static final int REFERENCE_MAX = 60;

	static final int TITLE_MAX = 300;

	static final int OBJECT_MAX = 10_000;

	static final int REASON_MAX = 2_000;

	private ConsultationRules() {
	}

	static List<Violation> check(NewConsultation c) {
		var violations = new ArrayList<Violation>();
		if (c.entity() == null) {
			violations.add(Violation.of("entity", "consultation.form.entity.required"));
		}
		text(violations, "reference", c.reference(), REFERENCE_MAX);
		text(violations, "title", c.title(), TITLE_MAX);
		text(violations, "object", c.object(), OBJECT_MAX);
		if (c.procedure() == null) {
			violations.add(Violation.of("procedure", "consultation.form.required"));
		}
		if (c.category() == null) {
			violations.add(Violation.of("category", "consultation.form.required"));
		}
		if (blank(c.mainCpv())) {
			violations.add(Violation.of("mainCpv", "consultation.form.required"));
		}
		for (int i = 0; i < c.lots().size(); i++) {
			var lot = c.lots().get(i);
			text(violations, "lots[" + i + "].title", lot.title(), TITLE_MAX);
			amount(violations, "lots[" + i + "].estimatedValue", lot.estimatedValue());
		}
		if (!blank(c.department()) && Department.of(c.department()).isEmpty()) {
			violations.add(Violation.of("department", "consultation.form.department.unknown", c.department()));
		}
		amount(violations, "estimatedValue", c.estimatedValue());
		if (c.depositDeadline() == null) {
			violations.add(Violation.of("depositDeadline", "consultation.form.required"));
		}
		else if (c.questionsDeadline() != null && !c.questionsDeadline().isBefore(c.depositDeadline())) {
			violations.add(Violation.of("questionsDeadline", "consultation.form.questionsDeadline.notBeforeDeposits"));
		}
		if (c.envelopes().isEmpty()) {
			violations.add(Violation.of("envelopes", "consultation.form.envelopes.required"));
		}
		if (c.procedure() == ProcedureType.OPEN_TENDER && c.restricted()) {
			violations.add(Violation.of("restricted", "consultation.form.restricted.openTender"));
		}
		if (c.procedure() == ProcedureType.RESTRICTED_TENDER && !c.restricted()) {
			violations.add(Violation.of("restricted", "consultation.form.restricted.restrictedTender"));
		}
		return violations;
	}

	/** A required text of at most {@code max} characters. */
	static void text(List<Violation> violations, String field, String text, int max) {
		if (blank(text)) {
			violations.add(Violation.of(field, "consultation.form.required"));
		}
		else if (text.strip().length() > max) {
			violations.add(Violation.of(field, "consultation.form.tooLong", max));
		}
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static void amount(List<Violation> violations, String field, BigDecimal amount) {
		if (amount != null && amount.signum() < 0) {
			violations.add(Violation.of(field, "consultation.form.amount.negative"));
		}
	}
}
