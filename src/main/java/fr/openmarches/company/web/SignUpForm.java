package fr.openmarches.company.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.openmarches.company.Address;
import fr.openmarches.company.Affiliation;
import fr.openmarches.company.LegalForm;
import fr.openmarches.company.NewCompany;
import fr.openmarches.company.Prefill;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.PasswordPolicy;
import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siret;
import org.springframework.validation.Errors;

/**
 * The sign-up form, also used (without its personal part) to join or move to a company once
 * signed in. Everything typed comes back on an error, but passwords: the page never writes them
 * (its password fields have no value).
 *
 * @param number the SIRET or SIREN typed at the first step (France)
 * @param country the company's country (abroad), ISO 3166 code
 * @param nationalId the company's identifier in its country's register (abroad)
 * @param origin where the company's details came from ({@link CompanyStep.Origin}), for the
 * messages only: what the platform knows is checked again
 * @param siret the person's establishment
 * @param headOffice whether {@code siret} is the head office
 * @param headOfficeSiret the head office as the Sirene register named it
 */
record SignUpForm(String number, String country, String nationalId, String origin, String name, String legalForm,
		String activityCode, Boolean sme, String street, String postcode, String city, String siret,
		Boolean headOffice, String establishmentStreet, String establishmentPostcode, String establishmentCity,
		String headOfficeSiret, String familyName, String givenName, String email, String phone, String fax,
		String password, String confirmation) {

	private static final Pattern APE = Pattern.compile("([0-9]{2})\\.?([0-9]{2})([A-Za-z])");

	private static final Pattern FRENCH_POSTCODE = Pattern.compile("[0-9]{5}");

	/** What people type for the commonest legal forms, read as their INSEE code. */
	private static final Map<String, String> LEGAL_FORM_NAMES = Map.ofEntries(Map.entry("SAS", "5710"),
			Map.entry("SASU", "5720"), Map.entry("SARL", "5499"), Map.entry("EURL", "5498"), Map.entry("SA", "5599"),
			Map.entry("SNC", "5202"), Map.entry("EI", "1000"), Map.entry("SELARL", "5485"), Map.entry("SELAS", "5785"),
			Map.entry("SCI", "6540"), Map.entry("GIE", "6220"), Map.entry("ASSOCIATION", "9220"));

	static final int MAX_TEXT = Fields.MAX_TEXT;

	/** The first form of a company named by its number: prefilled from the register when it answered. */
	static SignUpForm start(CompanyStep step) {
		var form = new SignUpForm(step.siren() == null ? null : step.siret() != null ? step.siret().value()
				: step.siren().value(), step.country(), step.nationalId(), step.origin().name(), null, null, null, null,
				null, null, null, step.siret() == null ? null : step.siret().value(), null, null, null, null, null,
				null, null, null, null, null, null, null);
		var prefill = step.prefill();
		if (prefill == null) {
			return form;
		}
		var establishment = prefill.establishmentAddress();
		var headOfficePlace = prefill.address();
		return new SignUpForm(form.number, form.country, form.nationalId, form.origin, prefill.name(),
				prefill.legalForm(), prefill.activityCode(), prefill.sme(), headOfficePlace.street(),
				headOfficePlace.postcode(), headOfficePlace.city(), prefill.siret().value(), prefill.headOffice(),
				prefill.headOffice() ? null : establishment.street(), prefill.headOffice() ? null : establishment.postcode(),
				prefill.headOffice() ? null : establishment.city(),
				prefill.headOfficeSiret() == null ? null : prefill.headOfficeSiret().value(), null, null, null, null,
				null, null, null);
	}

	/** For a registered company and a new SIRET, what the register said of the establishment. */
	static SignUpForm joining(CompanyStep step, Prefill establishment) {
		var form = start(new CompanyStep(step.origin(), step.siren(), step.siret(), step.country(), step.nationalId(),
				step.registered(), null));
		if (establishment == null) {
			return form;
		}
		var place = establishment.headOffice() ? establishment.address() : establishment.establishmentAddress();
		return new SignUpForm(form.number, form.country, form.nationalId, form.origin, null, null, null, null, null,
				null, null, form.siret, establishment.headOffice(), place.street(), place.postcode(), place.city(),
				null, null, null, null, null, null, null, null);
	}

	/** Checks the company part against what the platform knows ({@code step}). */
	void checkCompany(CompanyStep step, Errors errors) {
		if (step.asksCompany()) {
			requireText(name, "name", errors);
			if (step.isAbroad()) {
				requireText(legalForm, "legalForm", errors);
			}
			else {
				if (isBlank(legalForm)) {
					errors.rejectValue("legalForm", "company.signup.error.required");
				}
				else if (inseeLegalForm() == null) {
					errors.rejectValue("legalForm", "company.signup.error.legalForm");
				}
				if (isBlank(activityCode)) {
					errors.rejectValue("activityCode", "company.signup.error.required");
				}
				else if (apeCode() == null) {
					errors.rejectValue("activityCode", "company.signup.error.activityCode");
				}
			}
			if (sme == null) {
				errors.rejectValue("sme", "company.signup.error.choose");
			}
			requireText(street, "street", errors);
			requireText(city, "city", errors);
			requirePostcode(postcode, "postcode", !step.isAbroad(), errors);
		}
		if (step.asksSiret() && !isBlank(siret)) {
			try {
				var typed = Siret.parse(siret);
				if (!typed.siren().equals(step.siren())) {
					errors.rejectValue("siret", "company.signup.error.siretOfAnotherCompany",
							new Object[] { step.siren().formatted() }, null);
				}
			}
			catch (InvalidIdentifierException e) {
				errors.rejectValue("siret", e.messageKey());
			}
		}
		if (step.offersEstablishments() && !isBlank(siret)
				&& step.registered().establishments().stream().noneMatch(e -> e.siret().value().equals(siret))) {
			errors.rejectValue("siret", "company.signup.error.choose");
		}
		if (asksEstablishmentAddress(step)) {
			if (headOffice == null) {
				errors.rejectValue("headOffice", "company.signup.error.choose");
			}
			else if (!headOffice || !step.asksCompany()) {
				requireText(establishmentStreet, "establishmentStreet", errors);
				requireText(establishmentCity, "establishmentCity", errors);
				requirePostcode(establishmentPostcode, "establishmentPostcode", true, errors);
			}
		}
	}

	/** Checks the personal part (sign-up only). */
	void checkPerson(Errors errors) {
		requireText(familyName, "familyName", errors);
		requireText(givenName, "givenName", errors);
		Fields.requireEmail(email, "email", errors);
		requireText(phone, "phone", errors);
		Fields.optionalText(fax, "fax", errors);
		if (!PasswordPolicy.accepts(password)) {
			errors.rejectValue("password", "company.signup.error.password",
					new Object[] { PasswordPolicy.MINIMUM_LENGTH }, null);
		}
		else if (!password.equals(confirmation)) {
			errors.rejectValue("confirmation", "company.signup.error.confirmation");
		}
	}

	/** The affiliation the (checked) form describes. */
	Affiliation affiliation(CompanyStep step) {
		if (step.isAbroad()) {
			var company = step.asksCompany() ? new NewCompany(null, step.nationalId(), text(name), text(legalForm), null,
					Boolean.TRUE.equals(sme), new Address(text(street), text(postcode), text(city), step.country())) : null;
			return Affiliation.abroad(step.country(), step.nationalId(), company);
		}
		var companyAddress = step.asksCompany() ? Address.inFrance(text(street), text(postcode), text(city)) : null;
		var company = step.asksCompany() ? new NewCompany(step.siren(), text(name), inseeLegalForm(), apeCode(),
				Boolean.TRUE.equals(sme), companyAddress) : null;
		var establishment = step.siret() != null ? step.siret() : isBlank(siret) ? null : Siret.parse(siret);
		boolean isHeadOffice = Boolean.TRUE.equals(headOffice);
		Address establishmentAddress = null;
		if (establishment != null && asksEstablishmentAddress(step)) {
			establishmentAddress = isHeadOffice && step.asksCompany() ? companyAddress
					: Address.inFrance(text(establishmentStreet), text(establishmentPostcode), text(establishmentCity));
		}
		return Affiliation.inFrance(step.siren(), establishment, isHeadOffice, establishmentAddress,
				headOfficeOf(step), company);
	}

	NewAccount account() {
		return new NewAccount(email.strip(), password, givenName.strip(), familyName.strip(), phone.strip(),
				isBlank(fax) ? null : fax.strip(), java.util.Set.of());
	}

	/** The INSEE code typed, or the code of a common form's usual name (« SAS »); null otherwise. */
	public String inseeLegalForm() {
		if (isBlank(legalForm)) {
			return null;
		}
		var typed = legalForm.strip();
		if (LegalForm.isInseeCode(typed)) {
			return typed;
		}
		return LEGAL_FORM_NAMES.get(typed.toUpperCase(Locale.ROOT).replace(".", ""));
	}

	/** The APE/NAF code as the register writes it ({@code 62.01Z}), however typed; null if not one. */
	String apeCode() {
		if (isBlank(activityCode)) {
			return null;
		}
		var matcher = APE.matcher(activityCode.replaceAll("\\s", ""));
		return matcher.matches() ? matcher.group(1) + "." + matcher.group(2) + matcher.group(3).toUpperCase(Locale.ROOT)
				: null;
	}

	@Override
	public String toString() {
		return "SignUpForm[" + number + ", " + country + " " + nationalId + ", " + email + "]";
	}

	/** The establishment's address is asked when its SIRET is new to the platform. */
	private boolean asksEstablishmentAddress(CompanyStep step) {
		return step.asksEstablishment() || (step.asksSiret() && !isBlank(siret));
	}

	/** The head office the register named, if it is of this company (the field comes back from the page). */
	private Siret headOfficeOf(CompanyStep step) {
		if (!step.asksCompany() || isBlank(headOfficeSiret)) {
			return null;
		}
		try {
			var parsed = Siret.parse(headOfficeSiret);
			return parsed.siren().equals(step.siren()) ? parsed : null;
		}
		catch (InvalidIdentifierException e) {
			return null;
		}
	}

	private static void requireText(String value, String field, Errors errors) {
		Fields.requireText(value, field, errors);
	}

	private static void requirePostcode(String value, String field, boolean french, Errors errors) {
		if (isBlank(value)) {
			errors.rejectValue(field, "company.signup.error.required");
		}
		else if (french && !FRENCH_POSTCODE.matcher(value.strip()).matches()) {
			errors.rejectValue(field, "company.signup.error.postcode");
		}
		else if (value.strip().length() > 20) {
			errors.rejectValue(field, "company.signup.error.tooLong", new Object[] { 20 }, null);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	private static String text(String value) {
		return value == null ? null : value.strip();
	}
}
