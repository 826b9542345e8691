package fr.openmarches.consultation.web;

import java.lang.reflect.ParameterizedType;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the consultation API as RFC 9457 problem details. */
@RestControllerAdvice(assignableTypes = ConsultationApi.class)
class ConsultationApiProblems {

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
		return invalid("Parameter '" + mismatch.getName() + "' has an invalid value." + expected(mismatch), request);
	}

	@ExceptionHandler(BadParameter.class)
	ProblemDetail badParameter(BadParameter bad, HttpServletRequest request) {
		return invalid("Parameter '" + bad.name + "': " + bad.getMessage(), request);
	}

	private static ProblemDetail invalid(String detail, HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid parameter");
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	/** What the parameter takes, when a reader can be told in a few words. */
	private static String expected(MethodArgumentTypeMismatchException mismatch) {
		var type = mismatch.getParameter().getNestedParameterType();
		if (Collection.class.isAssignableFrom(type)) {
			type = mismatch.getParameter().getGenericParameterType() instanceof ParameterizedType generic
					&& generic.getActualTypeArguments()[0] instanceof Class<?> element ? element : type;
		}
		if (type.isEnum()) {
			return " Expected one of: " + Arrays.stream(type.getEnumConstants())
				.map(constant -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", ")) + ".";
		}
		if (type == LocalDate.class) {
			return " Expected a date as YYYY-MM-DD.";
		}
		if (type == UUID.class) {
			return " Expected a UUID.";
		}
		return "";
	}

	/** A parameter that was read but cannot be searched with. */
	static final class BadParameter extends RuntimeException {

		private final String name;

		BadParameter(String name, String message) {
			super(message, null, false, false);
			this.name = name;
		}
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
