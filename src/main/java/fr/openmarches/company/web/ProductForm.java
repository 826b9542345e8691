package fr.openmarches.company.web;

import java.util.Locale;

import fr.openmarches.company.ProductDetails;
import fr.openmarches.company.ProductView;
import fr.openmarches.cpv.CpvCatalogue;
import org.springframework.validation.Errors;

/**
 * A product fiche as typed.
 *
 * @param cpv the code as the CPV picker writes it (« 35613000 — Véhicules aériens sans pilote »)
 */
record ProductForm(String name, String description, String cpv) {

	static ProductForm empty() {
		return new ProductForm(null, null, null);
	}

	static ProductForm of(ProductView product, CpvCatalogue catalogue, Locale locale) {
		return new ProductForm(product.name(), product.description(),
				catalogue.find(product.cpvCode()).map(code -> code.display(locale)).orElse(product.cpvCode()));
	}

	void check(CpvCatalogue catalogue, Errors errors) {
		if (name == null || name.isBlank()) {
			errors.rejectValue("name", "company.signup.error.required");
		}
		else if (name.strip().length() > ProductDetails.MAX_NAME) {
			errors.rejectValue("name", "company.signup.error.tooLong", new Object[] { ProductDetails.MAX_NAME }, null);
		}
		if (description == null || description.isBlank()) {
			errors.rejectValue("description", "company.signup.error.required");
		}
		else if (description.strip().length() > ProductDetails.MAX_DESCRIPTION) {
			errors.rejectValue("description", "company.signup.error.tooLong",
					new Object[] { ProductDetails.MAX_DESCRIPTION }, null);
		}
		if (cpv == null || cpv.isBlank()) {
			errors.rejectValue("cpv", "company.signup.error.required");
		}
		else if (catalogue.find(cpv).isEmpty()) {
			errors.rejectValue("cpv", "company.fiche.error.cpv");
		}
	}

	ProductDetails details(CpvCatalogue catalogue) {
		return new ProductDetails(name.strip(), description.strip(), catalogue.require(cpv).code());
	}
}
