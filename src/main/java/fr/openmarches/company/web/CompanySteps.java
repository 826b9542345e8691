package fr.openmarches.company.web;

import java.util.Optional;

import fr.openmarches.company.CompanyLookup;
import fr.openmarches.company.CompanyLookup.Outcome;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.web.CompanyStep.Origin;
import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Reads the company named at the first step and finds out what the platform and the Sirene
 * register know of it.
 */
@Component
class CompanySteps {

	static final int MAX_NATIONAL_ID = 40;

	private final CompanyService companies;

	private final CompanyLookup lookup;

	CompanySteps(CompanyService companies, CompanyLookup lookup) {
		this.companies = companies;
		this.lookup = lookup;
	}

	/** A number typed in France: a SIRET (14 digits) or a SIREN (9). */
	record Number(Siren siren, Siret siret) {
	}

	/**
	 * Reads the first step; a wrong number gets the validator's explanation next to its field.
	 * Empty when it is wrong.
	 */
	Optional<CompanyStep> read(StartForm start, Errors errors) {
		if (start.abroad()) {
			if (!Countries.isAbroad(start.country())) {
				errors.rejectValue("country", "company.signup.error.country");
			}
			if (start.nationalId() == null || start.nationalId().replaceAll("[^\\p{L}\\p{N}]", "").length() < 2) {
				errors.rejectValue("nationalId", "company.signup.error.nationalId");
			}
			else if (start.nationalId().length() > MAX_NATIONAL_ID) {
				errors.rejectValue("nationalId", "company.signup.error.tooLong", new Object[] { MAX_NATIONAL_ID }, null);
			}
			return errors.hasErrors() ? Optional.empty() : Optional.of(abroad(start.country(), start.nationalId().strip()));
		}
		if (start.number() == null || start.number().isBlank()) {
			errors.rejectValue("number", "company.signup.error.numberEmpty");
			return Optional.empty();
		}
		try {
			var number = parse(start.number());
			return Optional.of(identify(number));
		}
		catch (InvalidIdentifierException e) {
			errors.rejectValue("number", e.messageKey());
			return Optional.empty();
		}
	}

	/**
	 * A SIRET or SIREN as people type it. Its length says which it is; a wrong length is explained
	 * as a SIRET's when longer than a SIREN, as a SIREN's otherwise.
	 * @throws InvalidIdentifierException with the explanation of what is wrong
	 */
	static Number parse(String typed) {
		var digits = typed == null ? "" : typed.replaceAll("[\\s.\\u00A0]", "");
		if (digits.length() > 9) {
			var siret = Siret.parse(digits);
			return new Number(siret.siren(), siret);
		}
		return new Number(Siren.parse(digits), null);
	}

	/** Asks the platform, then the register, about a French number. */
	CompanyStep identify(Number number) {
		var registered = companies.findBySiren(number.siren()).orElse(null);
		if (registered != null) {
			var knownEstablishment = number.siret() == null || registered.establishments()
				.stream()
				.anyMatch(e -> e.siret().equals(number.siret()));
			if (knownEstablishment) {
				return new CompanyStep(Origin.FOUND, number.siren(), number.siret(), null, null, registered, null);
			}
		}
		var outcome = number.siret() != null ? lookup.lookUp(number.siret()) : lookup.lookUp(number.siren());
		return switch (outcome) {
			case Outcome.Found(var prefill) ->
				new CompanyStep(Origin.FOUND, number.siren(), number.siret(), null, null, registered, prefill);
			case Outcome.NotFound() ->
				new CompanyStep(Origin.NOT_FOUND, number.siren(), number.siret(), null, null, registered, null);
			case Outcome.Unavailable(var reason) ->
				new CompanyStep(Origin.UNAVAILABLE, number.siren(), number.siret(), null, null, registered, null);
		};
	}

	CompanyStep abroad(String country, String nationalId) {
		return new CompanyStep(Origin.ABROAD, null, null, country, nationalId,
				companies.findAbroad(country, nationalId).orElse(null), null);
	}

	/**
	 * The step the full form was made for, read again from what it posts: the platform is asked
	 * again (someone may have registered the company since), the register is not.
	 * @throws InvalidIdentifierException when the number posted is not one
	 * @throws IllegalArgumentException when the company posted abroad is not one
	 */
	CompanyStep again(SignUpForm form) {
		var origin = Origin.FOUND;
		for (var candidate : Origin.values()) {
			if (candidate.name().equals(form.origin())) {
				origin = candidate;
			}
		}
		if (form.number() == null || form.number().isBlank()) {
			if (!Countries.isAbroad(form.country()) || form.nationalId() == null || form.nationalId().isBlank()) {
				throw new IllegalArgumentException("Neither a number nor a company abroad");
			}
			return abroad(form.country(), form.nationalId().strip());
		}
		var number = parse(form.number());
		return new CompanyStep(origin, number.siren(), number.siret(), null, null,
				companies.findBySiren(number.siren()).orElse(null), null);
	}
}
