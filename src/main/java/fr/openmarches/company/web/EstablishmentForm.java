package fr.openmarches.company.web;

import java.util.regex.Pattern;

import fr.openmarches.company.Address;
import fr.openmarches.company.Prefill;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import org.springframework.validation.Errors;

/** An establishment an administrator adds: its SIRET, whether it is the head office, its address. */
record EstablishmentForm(String siret, Boolean headOffice, String street, String postcode, String city,
		String origin) {

	private static final Pattern FRENCH_POSTCODE = Pattern.compile("[0-9]{5}");

	static EstablishmentForm of(Siret siret, String origin, Prefill prefill) {
		if (prefill == null) {
			return new EstablishmentForm(siret.value(), null, null, null, null, origin);
		}
		var place = prefill.headOffice() ? prefill.address() : prefill.establishmentAddress();
		return new EstablishmentForm(siret.value(), prefill.headOffice(), place.street(), place.postcode(),
				place.city(), origin);
	}

	/** The SIRET, if it is one of {@code siren}'s; otherwise the explanation goes next to the field. */
	Siret checkSiret(Siren siren, Errors errors) {
		try {
			var parsed = Siret.parse(siret);
			if (!parsed.siren().equals(siren)) {
				errors.rejectValue("siret", "company.signup.error.siretOfAnotherCompany",
						new Object[] { siren.formatted() }, null);
				return null;
			}
			return parsed;
		}
		catch (fr.openmarches.platform.InvalidIdentifierException e) {
			errors.rejectValue("siret", e.messageKey());
			return null;
		}
	}

	void checkAddress(Errors errors) {
		if (headOffice == null) {
			errors.rejectValue("headOffice", "company.signup.error.choose");
		}
		for (var field : new String[] { "street", "city" }) {
			var value = "street".equals(field) ? street : city;
			if (value == null || value.isBlank()) {
				errors.rejectValue(field, "company.signup.error.required");
			}
			else if (value.strip().length() > SignUpForm.MAX_TEXT) {
				errors.rejectValue(field, "company.signup.error.tooLong", new Object[] { SignUpForm.MAX_TEXT }, null);
			}
		}
		if (postcode == null || postcode.isBlank()) {
			errors.rejectValue("postcode", "company.signup.error.required");
		}
		else if (!FRENCH_POSTCODE.matcher(postcode.strip()).matches()) {
			errors.rejectValue("postcode", "company.signup.error.postcode");
		}
	}

	Address address() {
		return Address.inFrance(street.strip(), postcode.strip(), city.strip());
	}
}
