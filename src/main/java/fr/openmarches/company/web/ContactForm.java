package fr.openmarches.company.web;

import fr.openmarches.company.Collaborator;
import fr.openmarches.company.ContactCorrection;
import org.springframework.validation.Errors;

/** An administrator's correction of a collaborator's details. */
record ContactForm(String familyName, String givenName, String phone, String fax) {

	static ContactForm of(Collaborator collaborator) {
		return new ContactForm(collaborator.familyName(), collaborator.givenName(), collaborator.phone(),
				collaborator.fax());
	}

	void check(Errors errors) {
		Fields.requireText(familyName, "familyName", errors);
		Fields.requireText(givenName, "givenName", errors);
		Fields.optionalText(phone, "phone", errors);
		Fields.optionalText(fax, "fax", errors);
	}

	ContactCorrection correction() {
		return new ContactCorrection(givenName.strip(), familyName.strip(), phone, fax);
	}
}
