package fr.openmarches.company.web;

import fr.openmarches.company.CompanyView;
import fr.openmarches.company.Prefill;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;

/**
 * Where the person stands once they named their company: what the platform and the Sirene
 * register know of it, and so what the form asks.
 *
 * @param siret the establishment typed, or null (a SIREN alone, or abroad)
 * @param registered the company, when someone registered it on the platform already
 * @param prefill what the Sirene register said, when it was asked and knew the number
 */
record CompanyStep(Origin origin, Siren siren, Siret siret, String country, String nationalId,
		CompanyView registered, Prefill prefill) {

	/** Where the company's details come from: the alert at the top of the form says it. */
	enum Origin {
		/** The Sirene register knew the number: the form is prefilled. */
		FOUND,
		/** The register does not know the number: the person checks it or fills the form by hand. */
		NOT_FOUND,
		/** The register could not be asked: the person fills the form by hand. */
		UNAVAILABLE,
		/** A company established abroad: nothing to ask, the person fills the form. */
		ABROAD
	}

	public boolean isRegistered() {
		return registered != null;
	}

	public boolean isAbroad() {
		return siren == null;
	}

	/** The person joins a registered company: nothing of the company is asked. */
	public boolean asksCompany() {
		return registered == null;
	}

	/** A SIRET the company does not have yet: its address is asked. */
	public boolean asksEstablishment() {
		return siret != null && (registered == null || registered.establishments().stream()
			.noneMatch(e -> e.siret().equals(siret)));
	}

	/** A SIREN alone, for a company already registered: the person may pick their establishment. */
	public boolean offersEstablishments() {
		return siren != null && siret == null && registered != null && !registered.establishments().isEmpty();
	}

	/** A SIREN alone, for a company not registered yet: the person may name their establishment. */
	public boolean asksSiret() {
		return siren != null && siret == null && registered == null;
	}

	public boolean partiallyDiffused() {
		return prefill != null && prefill.partiallyDiffused();
	}

	public boolean ceased() {
		return prefill != null && !prefill.active();
	}

	/** The number the person typed, as printed on documents. */
	public String number() {
		if (siret != null) {
			return siret.formatted();
		}
		return siren != null ? siren.formatted() : nationalId;
	}
}
