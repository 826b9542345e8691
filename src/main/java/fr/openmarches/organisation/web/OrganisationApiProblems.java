package fr.openmarches.organisation.web;

import static fr.openmarches.platform.ApiProblems.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.openmarches.organisation.AdministratorsOnlyException;
import fr.openmarches.organisation.AgentChangeRefusedException;
import fr.openmarches.organisation.AlreadyRegisteredException;
import fr.openmarches.organisation.UnknownIdException;
import fr.openmarches.platform.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the administration APIs as RFC 9457 problem details, explained in the request's
 * language: 400 with the field errors, 401 for anonymous callers, 403, 404 (unknown ids and other
 * entities' ids alike), 409 for a change the rules refuse.
 */
@RestControllerAdvice(assignableTypes = { AdminOrganisationApi.class, BuyerEntityApi.class, PortalApi.class })
class OrganisationApiProblems {

	private final MessageSource messages;

	OrganisationApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidPayloadException.class)
	ProblemDetail invalid(InvalidPayloadException invalid, HttpServletRequest request, Locale locale) {
		var problem = problem(HttpStatus.BAD_REQUEST, "Invalid data", "Some fields are missing or wrong.", request);
		problem.setProperty("errors", invalid.errors()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", InvalidPayloadException.jsonField(error.getField()), "message",
					messages.getMessage(error, locale)))
			.toList());
		return problem;
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid data", "The body is not the JSON this endpoint expects.",
				request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", "Nothing has id '" + mismatch.getValue() + "'.", request);
	}

	@ExceptionHandler(UnknownIdException.class)
	ProblemDetail notFound(UnknownIdException unknown, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found",
				"No " + unknown.what() + " you may see has id " + unknown.id() + ".", request);
	}

	@ExceptionHandler(AdministratorsOnlyException.class)
	ProblemDetail administratorsOnly(HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Only the entity's administrators may do this.", request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(HttpServletRequest request) {
		return ApiProblems.denied(request, "Sign in first.", "Your roles do not allow this.");
	}

	@ExceptionHandler(AgentChangeRefusedException.class)
	ProblemDetail refused(AgentChangeRefusedException refused, HttpServletRequest request, Locale locale) {
		var problem = problem(HttpStatus.CONFLICT, "Refused",
				messages.getMessage(refused.messageKey(), null, locale), request);
		problem.setProperty("reason", refused.reason().name());
		return problem;
	}

	@ExceptionHandler(AlreadyRegisteredException.class)
	ProblemDetail taken(AlreadyRegisteredException taken, HttpServletRequest request, Locale locale) {
		var message = messages.getMessage(taken.messageKey(), null, locale);
		var problem = problem(HttpStatus.CONFLICT, "Already registered", message, request);
		problem.setProperty("errors",
				List.of(Map.of("field", InvalidPayloadException.jsonField(taken.field()), "message", message)));
		return problem;
	}

}
