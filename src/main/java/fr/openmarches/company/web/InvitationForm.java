package fr.openmarches.company.web;

import fr.openmarches.company.CompanyAdministration.Invitee;
import org.springframework.validation.Errors;

/** A collaborator an administrator invites to the platform. */
record InvitationForm(String email, String familyName, String givenName, String phone) {

	static InvitationForm empty() {
		return new InvitationForm(null, null, null, null);
	}

	void check(Errors errors) {
		Fields.requireEmail(email, "email", errors);
		Fields.requireText(familyName, "familyName", errors);
		Fields.requireText(givenName, "givenName", errors);
		Fields.optionalText(phone, "phone", errors);
	}

	Invitee invitee() {
		return new Invitee(email.strip(), givenName.strip(), familyName.strip(),
				phone == null || phone.isBlank() ? null : phone.strip());
	}
}
