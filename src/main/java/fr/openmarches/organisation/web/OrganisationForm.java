package fr.openmarches.organisation.web;

import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationView;
import org.springframework.validation.Errors;

/** The form creating or correcting an organisation (a ministry or an agency). */
record OrganisationForm(String name, String acronym, OrganisationKind kind) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", OrganisationKind.MINISTRY);
	}

	static OrganisationForm of(OrganisationView organisation) {
		return new OrganisationForm(organisation.name(), organisation.acronym(), organisation.kind());
	}

	void check(Errors errors) {
		FieldChecks.required(errors, "name", name, "organisation.organisation.error.name");
		FieldChecks.optionalShort(errors, "acronym", acronym);
		if (kind == null) {
			errors.rejectValue("kind", "organisation.organisation.error.kind");
		}
	}

	NewOrganisation details() {
		return new NewOrganisation(FieldChecks.strip(name), FieldChecks.strip(acronym), kind);
	}
}
