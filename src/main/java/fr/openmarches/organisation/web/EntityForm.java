package fr.openmarches.organisation.web;

import java.util.Arrays;
import java.util.List;

import fr.openmarches.organisation.NewPurchasingEntity;
import fr.openmarches.organisation.PostalAddress;
import fr.openmarches.organisation.PurchasingEntityDetails;
import fr.openmarches.organisation.PurchasingEntityView;
import fr.openmarches.platform.Siret;
import org.springframework.validation.Errors;

/**
 * The form creating or correcting a purchasing entity (platform administrators).
 *
 * @param offices names of its first services, one a line (creation only)
 */
record EntityForm(String name, String acronym, String siret, String street, String postcode, String city,
		String department, String email, String phone, String offices) {

	static EntityForm empty() {
		return new EntityForm("", "", "", "", "", "", "", "", "", "");
	}

	static EntityForm of(PurchasingEntityView entity) {
		return new EntityForm(entity.name(), entity.acronym(), entity.siret(), entity.address().street(),
				entity.address().postcode(), entity.address().city(), entity.department().code(), entity.email(),
				entity.phone(), "");
	}

	/** Checks every field; returns the SIRET when it is right. */
	Siret check(Errors errors) {
		FieldChecks.required(errors, "name", name, "organisation.entity.error.name");
		FieldChecks.optionalShort(errors, "acronym", acronym);
		var parsed = FieldChecks.siret(errors, "siret", siret);
		new ContactForm(street, postcode, city, department, email, phone).check(errors);
		return parsed;
	}

	PurchasingEntityDetails details(Siret parsed) {
		return new PurchasingEntityDetails(FieldChecks.strip(name), FieldChecks.strip(acronym), parsed,
				new PostalAddress(street.strip(), postcode.strip(), city.strip()), department, FieldChecks.strip(email),
				FieldChecks.strip(phone));
	}

	NewPurchasingEntity newEntity(Siret parsed) {
		var details = details(parsed);
		return new NewPurchasingEntity(details.name(), details.acronym(), parsed, details.address(),
				details.department(), details.email(), details.phone(), officeNames());
	}

	List<String> officeNames() {
		return offices == null ? List.of()
				: Arrays.stream(offices.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
	}
}
