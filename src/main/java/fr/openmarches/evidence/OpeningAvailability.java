package fr.openmarches.evidence;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.opening.DeadlineAvailability;

/**
 * The availability statement before a deadline, as the opening report reads it: the one chained in
 * the evidence log ({@link AvailabilityStatements}), recorded at first call once the deadline has
 * settled; in the first minutes after the deadline, what the probes say so far, marked not recorded.
 */
@Component
class OpeningAvailability implements DeadlineAvailability {

	private final Availability availability;

	private final AvailabilityStatements statements;

	OpeningAvailability(Availability availability, AvailabilityStatements statements) {
		this.availability = availability;
		this.statements = statements;
	}

	@Override
	public Statement before(ConsultationId consultation, Instant deadline) {
		var stated = statements.state(consultation.value(), deadline);
		if (stated.isPresent()) {
			var recorded = stated.get();
			return new Statement(periods(recorded.statement()), recorded.sequence(),
					HexFormat.of().formatHex(recorded.entryHash()), HexFormat.of().formatHex(recorded.statementSha256()));
		}
		try {
			return new Statement(periods(availability.beforeDeadline(deadline)), 0, null, null);
		}
		catch (IllegalArgumentException notYet) {
			return new Statement(List.of(), 0, null, null); // the window has not begun
		}
	}

	private static List<Period> periods(AvailabilityStatement statement) {
		return statement.periods()
			.stream()
			.map(period -> new Period(period.status().name(), period.start(), period.end()))
			.toList();
	}
}
