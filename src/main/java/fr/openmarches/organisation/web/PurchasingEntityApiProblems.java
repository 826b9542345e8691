package fr.openmarches.organisation.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the purchasing entity API as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = PurchasingEntityApi.class)
class PurchasingEntityApiProblems {

	@ExceptionHandler(NotFound.class)
	ProblemDetail notFound(NotFound missing, HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No public " + missing.what + " has id " + missing.id + ".");
		problem.setTitle("Not found");
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail badParameter(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Parameter '" + mismatch.getName() + "' has an invalid value.");
		problem.setTitle("Invalid parameter");
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	/** Nothing public answers to this id. */
	static final class NotFound extends RuntimeException {

		private final String what;

		private final Object id;

		NotFound(String what, Object id) {
			super("No public " + what + " " + id, null, false, false);
			this.what = what;
			this.id = id;
		}
	}
}
