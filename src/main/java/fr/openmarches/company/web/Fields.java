package fr.openmarches.company.web;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/** The checks the company space's forms share, with their translated explanations. */
final class Fields {

	static final int MAX_TEXT = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private Fields() {
	}

	static void requireText(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "company.signup.error.required");
		}
		else {
			optionalText(value, field, errors);
		}
	}

	static void optionalText(String value, String field, Errors errors) {
		if (value != null && value.strip().length() > MAX_TEXT) {
			errors.rejectValue(field, "company.signup.error.tooLong", new Object[] { MAX_TEXT }, null);
		}
	}

	static void requireEmail(String value, String field, Errors errors) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "company.signup.error.required");
		}
		else if (!EMAIL.matcher(value.strip()).matches() || value.strip().length() > MAX_TEXT) {
			errors.rejectValue(field, "company.signup.error.email");
		}
	}
}
