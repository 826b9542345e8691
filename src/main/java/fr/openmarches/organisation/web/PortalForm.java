package fr.openmarches.organisation.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.openmarches.organisation.NewPortal;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PortalView;
import org.springframework.validation.Errors;

/** The form creating or changing a themed portal. */
record PortalForm(String code, String name, String description, List<UUID> organisations) {

	static PortalForm empty() {
		return new PortalForm("", "", "", List.of());
	}

	static PortalForm of(PortalView portal) {
		return new PortalForm(portal.code(), portal.name(), portal.description(),
				portal.organisations().stream().map(o -> o.id().value()).toList());
	}

	void check(Errors errors) {
		if (!NewPortal.isCode(FieldChecks.strip(code))) {
			errors.rejectValue("code", "organisation.portal.error.code");
		}
		FieldChecks.required(errors, "name", name, "organisation.portal.error.name");
	}

	public boolean shows(UUID organisation) {
		return organisations != null && organisations.contains(organisation);
	}

	NewPortal details() {
		Set<OrganisationId> shown = organisations == null ? Set.of()
				: organisations.stream().map(OrganisationId::new).collect(Collectors.toSet());
		return new NewPortal(FieldChecks.strip(code), FieldChecks.strip(name), FieldChecks.strip(description), shown);
	}
}
