package fr.openmarches.company;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Embeddable;

/**
 * Where a company or an establishment is, in France or abroad.
 *
 * @param country ISO 3166-1 alpha-2 code, {@code FR} for France
 */
@Embeddable
public record Address(String street, String postcode, String city, String country) {

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	public Address {
		Objects.requireNonNull(street, "street");
		Objects.requireNonNull(postcode, "postcode");
		Objects.requireNonNull(city, "city");
		if (country == null || !COUNTRY.matcher(country).matches()) {
			throw new IllegalArgumentException("Not an ISO 3166 country code: " + country);
		}
	}

	public static Address inFrance(String street, String postcode, String city) {
		return new Address(street, postcode, city, "FR");
	}
}
