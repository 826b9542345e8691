package fr.openmarches.opendata.web;

import java.net.URI;
import java.util.Locale;

import fr.openmarches.opendata.ContractRefusedException;
import fr.openmarches.opendata.ContractStateException;
import fr.openmarches.opendata.NoSuchContractException;
import fr.openmarches.opendata.web.ContractResources.ProblemResource;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The DECP API's errors as RFC 9457 problem details in the reader's language: 404 for what the
 * person may not reach, 400 with the list of {@code problems}, 409 when the state forbids it.
 */
@RestControllerAdvice(assignableTypes = { BuyerContractApi.class, PublicDecpApi.class })
class ContractProblems {

	private final MessageSource messages;

	ContractProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoSuchContractException.class)
	ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "Not found", messages.getMessage("opendata.error.notFound", null, locale),
				request);
	}

	@ExceptionHandler(ContractRefusedException.class)
	ResponseEntity<ProblemDetail> refused(ContractRefusedException e, HttpServletRequest request, Locale locale) {
		var answer = problem(HttpStatus.BAD_REQUEST, "Contract record refused",
				messages.getMessage("opendata.error.refused", null, locale), request);
		answer.getBody().setProperty("problems", ProblemResource.of(e.problems(), messages, locale));
		return answer;
	}

	@ExceptionHandler(ContractStateException.class)
	ResponseEntity<ProblemDetail> state(ContractStateException e, HttpServletRequest request, Locale locale) {
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
