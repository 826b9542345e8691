package fr.openmarches.company.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.openmarches.company.AdministratorsOnlyException;
import fr.openmarches.company.ImageRejectedException;
import fr.openmarches.company.MembershipChangeRefusedException;
import fr.openmarches.company.NoCompanyException;
import fr.openmarches.company.NotInCompanyException;
import fr.openmarches.cpv.UnknownCpvCodeException;
import fr.openmarches.identity.EmailAlreadyUsedException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Errors of the company API as RFC 9457 problem details, explained in the request's language. */
@RestControllerAdvice(assignableTypes = { CompanyLookupApi.class, CompanyDirectoryApi.class, MyCompanyApi.class })
class CompanyApiProblems {

	private final MessageSource messages;

	CompanyApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> problem(ApiProblem problem, HttpServletRequest request, Locale locale) {
		var detail = problem.detail;
		var properties = new LinkedHashMap<>(problem.properties);
		if (problem.errors != null) {
			detail = messages.getMessage("company.form.errors", null, locale);
			properties.put("errors", problem.errors.getFieldErrors()
				.stream()
				.map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
				.toList());
		}
		var answer = ResponseEntity.status(problem.status);
		if (problem.status == HttpStatus.SERVICE_UNAVAILABLE) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(CompanyLookupApi.RETRY_AFTER));
		}
		return answer.body(problem(problem.status, problem.title, detail, properties, request));
	}

	@ExceptionHandler(NoCompanyException.class)
	ProblemDetail noCompany(HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "No company", "The signed-in person belongs to no company.", Map.of(),
				request);
	}

	@ExceptionHandler(NotInCompanyException.class)
	ProblemDetail notInCompany(NotInCompanyException missing, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", missing.getMessage() + ".", Map.of(), request);
	}

	@ExceptionHandler(AdministratorsOnlyException.class)
	ProblemDetail administratorsOnly(HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "Administrators only",
				"Only the company's administrators may do this.", Map.of(), request);
	}

	@ExceptionHandler(MembershipChangeRefusedException.class)
	ProblemDetail refused(MembershipChangeRefusedException refused, HttpServletRequest request, Locale locale) {
		return problem(HttpStatus.CONFLICT, "Refused", messages.getMessage(refused.messageKey(), null, locale),
				Map.of("reason", refused.reason().name()), request);
	}

	@ExceptionHandler(ImageRejectedException.class)
	ProblemDetail imageRejected(ImageRejectedException rejected, HttpServletRequest request, Locale locale) {
		return problem(
				switch (rejected.reason()) {
					case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
					case NOT_AN_IMAGE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
					case EMPTY -> HttpStatus.BAD_REQUEST;
				},
				"Picture refused",
				messages.getMessage(rejected.messageKey(), new Object[] { rejected.maxKilobytes() }, locale),
				Map.of("reason", rejected.reason().name()), request);
	}

	@ExceptionHandler(EmailAlreadyUsedException.class)
	ProblemDetail emailUsed(HttpServletRequest request, Locale locale) {
		return problem(HttpStatus.CONFLICT, "Email address taken",
				messages.getMessage("company.signup.error.emailTaken", null, locale), Map.of(), request);
	}

	@ExceptionHandler(UnknownCpvCodeException.class)
	ProblemDetail unknownCpv(HttpServletRequest request, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", messages.getMessage("company.fiche.error.cpv", null, locale),
				Map.of(), request);
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
			HttpMessageNotReadableException.class })
	ProblemDetail badRequest(Exception e, HttpServletRequest request) {
		var detail = e instanceof MethodArgumentTypeMismatchException mismatch
				? "Parameter '" + mismatch.getName() + "' has an invalid value."
				: e instanceof MissingServletRequestParameterException missing
						? "Parameter '" + missing.getParameterName() + "' is required."
						: "The request body cannot be read.";
		return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", detail, Map.of(), request);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, Map<String, Object> properties,
			HttpServletRequest request) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		properties.forEach(problem::setProperty);
		return problem;
	}
}
