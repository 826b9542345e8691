package fr.openmarches.organisation;

import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;

/** A French postal address. */
@Embeddable
public record PostalAddress(String street, String postcode, String city) {

	private static final Pattern POSTCODE = Pattern.compile("[0-9]{5}");

	public PostalAddress {
		if (street == null || street.isBlank() || city == null || city.isBlank()) {
			throw new IllegalArgumentException("An address needs a street and a city");
		}
		if (postcode == null || !POSTCODE.matcher(postcode).matches()) {
			throw new IllegalArgumentException("Not a French postcode: " + postcode);
		}
	}
}
