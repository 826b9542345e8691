package fr.openmarches.consultation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A code of the Common Procurement Vocabulary (CPV): eight digits, a dash and a check digit, e.g.
 * {@code 45000000-7}. Labels come with the CPV list, in a later issue.
 */
public record CpvCode(String value) {

	private static final Pattern FORMAT = Pattern.compile("[0-9]{8}-[0-9]");

	public CpvCode {
		Objects.requireNonNull(value, "value");
		value = value.strip();
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a CPV code: " + value);
		}
	}

	@Override
	public String toString() {
		return value;
	}
}
