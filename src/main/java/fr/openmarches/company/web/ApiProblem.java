package fr.openmarches.company.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;

/**
 * A problem the company API answers as an RFC 9457 problem detail.
 *
 * @param detail already translated for the person
 * @param properties extension members (e.g. {@code errors}, {@code reason})
 */
final class ApiProblem extends RuntimeException {

	final HttpStatus status;

	final String title;

	final String detail;

	final Map<String, Object> properties;

	final Errors errors;

	private ApiProblem(HttpStatus status, String title, String detail, Map<String, Object> properties, Errors errors) {
		super(title + ": " + detail, null, false, false);
		this.status = status;
		this.title = title;
		this.detail = detail;
		this.properties = properties;
		this.errors = errors;
	}

	static ApiProblem of(HttpStatus status, String title, String detail, Map<String, Object> properties) {
		return new ApiProblem(status, title, detail, properties, null);
	}

	/** Invalid input: each field's explanation goes in the problem's {@code errors}. */
	static ApiProblem invalid(Errors errors) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "Invalid input", null, Map.of(), errors);
	}

	static ApiProblem signInRequired() {
		return of(HttpStatus.UNAUTHORIZED, "Sign-in required",
				"Sign in first: this endpoint acts for the signed-in person (session cookie).", Map.of());
	}
}
