package fr.openmarches.evidence.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.evidence.Availability;
import fr.openmarches.evidence.AvailabilityStatement;
import fr.openmarches.evidence.AvailabilityStatements;

/**
 * The availability log as open data: what the platform's probes of itself say about a window,
 * and about the hours before a consultation's deposit deadline. Public, like the evidence log.
 */
@RestController
@Tag(name = "Evidence", description = "The hash-chained evidence log, its timestamped daily heads, and receipt verification")
class AvailabilityApi {

	private final Availability availability;

	private final AvailabilityStatements statements;

	private final ConsultationCatalogue catalogue;

	private final Clock clock;

	AvailabilityApi(Availability availability, AvailabilityStatements statements, ConsultationCatalogue catalogue,
			Clock clock) {
		this.availability = availability;
		this.statements = statements;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping(path = "/api/v1/evidence/availability", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The platform's availability over a window",
			description = "The window [from, to) cut into periods UP, DEGRADED (a check slower than the threshold), DOWN "
					+ "(a check failed) or UNKNOWN (no probe recorded: the platform or its probing was down), adjacent "
					+ "probes merged, with each status's share. Defaults: the last 24 hours. A window ending in the "
					+ "future is cut at now; at most 7 days (openmarches.evidence.availability.max-span).")
	@ApiResponse(responseCode = "200", description = "The statement")
	@ApiResponse(responseCode = "400", description = "A time is not ISO-8601, or the window is empty or too long")
	StatementResource window(
			@Parameter(description = "Start, ISO-8601 instant (e.g. 2026-11-23T08:00:00Z); default: 24 hours before to") @RequestParam(required = false) String from,
			@Parameter(description = "End, ISO-8601 instant; default: now") @RequestParam(required = false) String to) {
		var end = to == null || to.isBlank() ? clock.instant() : instant("to", to);
		var start = from == null || from.isBlank() ? end.minus(Duration.ofHours(24)) : instant("from", from);
		if (!start.isBefore(end)) {
			throw new BadWindow("from must be before to");
		}
		if (Duration.between(start, end).compareTo(availability.maxSpan()) > 0) {
			throw new BadWindow("The window is at most " + availability.maxSpan().toDays() + " days long");
		}
		if (!start.isBefore(clock.instant())) {
			throw new BadWindow("from must be in the past");
		}
		return StatementResource.of(availability.statement(start, end));
	}

	@GetMapping(path = "/api/v1/consultations/{id}/availability", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The platform's availability before a consultation's deposit deadline",
			description = "The statement of the window before the deposit deadline (4 hours by default, "
					+ "openmarches.evidence.availability.window), once the deadline has passed. Two probe intervals after "
					+ "the deadline it is recorded in the evidence log (an AVAILABILITY_STATED entry whose statement is "
					+ "this one in canonical JSON) and served from there, with the entry cited in evidence; before, "
					+ "evidence is null and the statement is what the probes say so far.")
	@ApiResponse(responseCode = "200", description = "The statement")
	@ApiResponse(responseCode = "404", description = "No such public consultation")
	@ApiResponse(responseCode = "409", description = "The deposit deadline has not passed yet")
	StatementResource consultation(@PathVariable UUID id) {
		var details = catalogue.find(new ConsultationId(id)).orElseThrow(NotFound::new);
		if (details.depositDeadline().isAfter(clock.instant())) {
			throw new NotYet();
		}
		var stated = statements.state(id, details.depositDeadline());
		if (stated.isPresent()) {
			return StatementResource.of(stated.get().statement(), EvidenceCitation.of(stated.get()));
		}
		return StatementResource.of(availability.beforeDeadline(details.depositDeadline()));
	}

	private static Instant instant(String name, String text) {
		try {
			return Instant.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new BadWindow(name + " must be an ISO-8601 instant such as 2026-11-23T08:00:00Z");
		}
	}

	@ExceptionHandler(BadWindow.class)
	ProblemDetail badRequest(BadWindow e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such public consultation");
	}

	@ExceptionHandler(NotYet.class)
	ProblemDetail notYet() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The deposit deadline has not passed yet");
	}

	@Schema(description = "What the platform's probes of itself say about a window (docs/evidence.md, Availability).")
	record StatementResource(Instant from, @Schema(description = "The end, never later than now") Instant to,
			@Schema(description = "UP, DEGRADED, DOWN or UNKNOWN: the worst status seen") String worst,
			@Schema(description = "How many probes fell in the window") int probes,
			@Schema(description = "The window cut in order, without gaps") List<PeriodResource> periods,
			@Schema(description = "Each status's total time and percentage") List<ShareResource> shares,
			@Schema(description = "The evidence log's entry recording this statement; null while not recorded", nullable = true) EvidenceCitation evidence) {

		static StatementResource of(AvailabilityStatement statement) {
			return of(statement, null);
		}

		static StatementResource of(AvailabilityStatement statement, EvidenceCitation evidence) {
			return new StatementResource(statement.from(), statement.to(), statement.worst().name(), statement.probes(),
					statement.periods()
						.stream()
						.map(p -> new PeriodResource(p.status().name(), p.start(), p.end(), p.duration().toSeconds()))
						.toList(),
					statement.shares()
						.stream()
						.map(s -> new ShareResource(s.status().name(), s.duration().toSeconds(), s.percent()))
						.toList(), evidence);
		}
	}

	@Schema(description = "Where a statement is chained: its AVAILABILITY_STATED entry (docs/evidence.md)")
	record EvidenceCitation(@Schema(description = "The entry's sequence") long sequence,
			@Schema(description = "The entry's hash, hex") String entryHash,
			@Schema(description = "SHA-256 of the canonical statement, hex: the entry's payload hash") String statementSha256,
			@Schema(description = "The statement as chained (canonical JSON)") String statement,
			@Schema(description = "When it was recorded") Instant statedAt) {

		static EvidenceCitation of(AvailabilityStatements.Stated stated) {
			return new EvidenceCitation(stated.sequence(), java.util.HexFormat.of().formatHex(stated.entryHash()),
					java.util.HexFormat.of().formatHex(stated.statementSha256()), stated.canonical(), stated.statedAt());
		}
	}

	@Schema(description = "A stretch of one status, [start, end)")
	record PeriodResource(@Schema(description = "UP, DEGRADED, DOWN or UNKNOWN") String status, Instant start,
			Instant end, long seconds) {
	}

	@Schema(description = "A status's share of the window")
	record ShareResource(String status, long seconds, @Schema(description = "Percentage of the window, two decimals") double percent) {
	}

	static final class BadWindow extends RuntimeException {

		BadWindow(String message) {
			super(message);
		}
	}

	static final class NotFound extends RuntimeException {
	}

	static final class NotYet extends RuntimeException {
	}
}
