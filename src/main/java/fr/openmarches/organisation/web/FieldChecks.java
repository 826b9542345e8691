package fr.openmarches.organisation.web;

import java.util.Set;
import java.util.regex.Pattern;

import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.Department;
import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siret;
import org.springframework.validation.Errors;

/**
 * The checks shared by the organisation module's forms and API payloads. Each puts a translated
 * explanation on the field it concerns; the form is shown again with everything typed.
 */
final class FieldChecks {

	static final int MAX_NAME = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,20}");

	private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

	private FieldChecks() {
	}

	static void required(Errors errors, String field, String value, String messageKey) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, messageKey);
		}
		else if (value.strip().length() > MAX_NAME) {
			errors.rejectValue(field, "organisation.form.error.tooLong", new Object[] { MAX_NAME }, null);
		}
	}

	static void optionalShort(Errors errors, String field, String value) {
		if (value != null && value.strip().length() > MAX_NAME) {
			errors.rejectValue(field, "organisation.form.error.tooLong", new Object[] { MAX_NAME }, null);
		}
	}

	static void email(Errors errors, String field, String value) {
		if (value == null || !EMAIL.matcher(value.strip()).matches()) {
			errors.rejectValue(field, "organisation.form.error.email");
		}
	}

	static void phone(Errors errors, String field, String value) {
		if (value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()) {
			errors.rejectValue(field, "organisation.form.error.phone");
		}
	}

	static void postcode(Errors errors, String field, String value) {
		if (value == null || !POSTCODE.matcher(value.strip()).matches()) {
			errors.rejectValue(field, "organisation.form.error.postcode");
		}
	}

	static void department(Errors errors, String field, String value) {
		if (Department.of(value).isEmpty()) {
			errors.rejectValue(field, "organisation.form.error.department");
		}
	}

	/** The SIRET typed, or null after putting the validator's explanation on the field. */
	static Siret siret(Errors errors, String field, String value) {
		try {
			return Siret.parse(value == null ? "" : value);
		}
		catch (InvalidIdentifierException e) {
			errors.rejectValue(field, e.messageKey());
			return null;
		}
	}

	static void someRole(Errors errors, String field, Set<AgentRole> roles) {
		if (roles == null || roles.isEmpty()) {
			errors.rejectValue(field, "organisation.agents.refused.noRole");
		}
	}

	static String strip(String value) {
		return value == null ? null : value.strip();
	}
}
