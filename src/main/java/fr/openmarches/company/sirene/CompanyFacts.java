package fr.openmarches.company.sirene;

import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;

/**
 * What the Sirene register publishes about a company and one of its establishments, used to
 * prefill the sign-up form. Fields the register withholds (partial diffusion, article R123-232
 * of the commercial code) are null and {@code partiallyDiffused} is true.
 *
 * @param siret the establishment looked up, or the head office when a SIREN was given
 * @param headOffice whether that establishment is the head office
 * @param name raison sociale (or first name and name of an individual entrepreneur)
 * @param nafCode APE/NAF activity code, e.g. {@code 62.01Z}
 * @param legalFormCode INSEE legal category code, e.g. {@code 5710} (SAS)
 * @param sme true for a PME, false for an ETI or a large company, null when INSEE has not yet
 * categorised the company
 * @param category INSEE company category: PME, ETI or GE
 * @param active whether the company is active (not ceased)
 */
public record CompanyFacts(Siren siren, Siret siret, boolean headOffice, String name, String nafCode,
		String legalFormCode, Address address, Boolean sme, String category, boolean partiallyDiffused,
		boolean active) {

	/** A postal address as the register gives it; {@code country} is null in France. */
	public record Address(String street, String complement, String postalCode, String city, String country) {
	}
}
