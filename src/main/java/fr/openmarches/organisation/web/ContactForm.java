package fr.openmarches.organisation.web;

import fr.openmarches.organisation.ContactDetails;
import fr.openmarches.organisation.PostalAddress;
import fr.openmarches.organisation.PurchasingEntityView;
import org.springframework.validation.Errors;

/** The form with which an entity's administrators keep its contact details up to date. */
record ContactForm(String street, String postcode, String city, String department, String email, String phone) {

	static ContactForm of(PurchasingEntityView entity) {
		return new ContactForm(entity.address().street(), entity.address().postcode(), entity.address().city(),
				entity.department().code(), entity.email(), entity.phone());
	}

	void check(Errors errors) {
		FieldChecks.required(errors, "street", street, "organisation.form.error.street");
		FieldChecks.postcode(errors, "postcode", postcode);
		FieldChecks.required(errors, "city", city, "organisation.form.error.city");
		FieldChecks.department(errors, "department", department);
		FieldChecks.email(errors, "email", email);
		FieldChecks.phone(errors, "phone", phone);
	}

	ContactDetails details() {
		return new ContactDetails(new PostalAddress(street.strip(), postcode.strip(), city.strip()), department,
				email.strip(), FieldChecks.strip(phone));
	}
}
