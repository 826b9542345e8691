package fr.openmarches.dume.web;

import java.net.URI;
import java.util.Locale;

import fr.openmarches.dume.EspdNotFoundException;
import fr.openmarches.dume.EspdRejectedException;
import fr.openmarches.dume.EspdStateException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The DUME API's errors as RFC 9457 problem details in the reader's language: 404 for what the
 * person may not reach, 400 (413 for a file too large) for input refused, with its {@code reason},
 * 409 when the consultation's state forbids the change.
 */
@RestControllerAdvice(assignableTypes = { BuyerEspdApi.class, PublicEspdApi.class, EspdResponseApi.class })
class EspdProblems {

	private final MessageSource messages;

	EspdProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(EspdNotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "Not found", messages.getMessage("dume.error.notFound", null, locale), request);
	}

	@ExceptionHandler(EspdRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(EspdRejectedException e, HttpServletRequest request, Locale locale) {
		var status = e.reason() == EspdRejectedException.Reason.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
				: HttpStatus.BAD_REQUEST;
		var answer = problem(status, "DUME refused", messages.getMessage(e.messageKey(), null, locale), request);
		answer.getBody().setProperty("reason", e.reason().name());
		return answer;
	}

	@ExceptionHandler(EspdStateException.class)
	ResponseEntity<ProblemDetail> state(EspdStateException e, HttpServletRequest request, Locale locale) {
		return problem(HttpStatus.CONFLICT, "Not now", messages.getMessage(e.messageKey(), null, locale), request);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
			HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
