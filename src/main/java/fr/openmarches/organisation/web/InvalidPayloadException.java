package fr.openmarches.organisation.web;

import java.util.Set;

import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;

/**
 * A payload of the administration APIs that the forms' checks refuse; becomes a 400 problem
 * listing each field (as named in the JSON) with its translated explanation.
 */
final class InvalidPayloadException extends RuntimeException {

	private static final Set<String> ADDRESS_FIELDS = Set.of("street", "postcode", "city");

	private final transient Errors errors;

	private InvalidPayloadException(Errors errors) {
		super("Invalid payload", null, false, false);
		this.errors = errors;
	}

	Errors errors() {
		return errors;
	}

	/** An empty error list for {@code form}, for the forms' {@code check} methods. */
	static Errors errorsOf(Object form) {
		return new DirectFieldBindingResult(form, "payload");
	}

	/** @throws InvalidPayloadException when {@code errors} holds any */
	static void throwIfAny(Errors errors) {
		if (errors.hasErrors()) {
			throw new InvalidPayloadException(errors);
		}
	}

	/** The name of a form field in the JSON payloads (the address is an object there). */
	static String jsonField(String field) {
		return ADDRESS_FIELDS.contains(field) ? "address." + field : field;
	}
}
