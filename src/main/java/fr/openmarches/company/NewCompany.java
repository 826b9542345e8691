package fr.openmarches.company;

import fr.openmarches.platform.Siren;

/**
 * What it takes to register a company, as the Sirene register (or a foreign register) describes it.
 *
 * @param siren the Sirene number; {@code null} for a company established abroad
 * @param nationalId for a company established abroad, its identifier in its country's register;
 * {@code null} in France
 * @param legalForm INSEE legal category code in France, e.g. {@code 5710} (SAS), see
 * {@link LegalForm}; the form's own name abroad, e.g. « GmbH »
 * @param activityCode APE/NAF code, e.g. {@code 62.01Z}; optional abroad
 * @param sme whether the company is an SME (PME) in the European sense
 * @param address the head office
 */
public record NewCompany(Siren siren, String nationalId, String name, String legalForm, String activityCode,
		boolean sme, Address address) {

	/** A company established in France. */
	public NewCompany(Siren siren, String name, String legalForm, String activityCode, boolean sme,
			Address address) {
		this(siren, null, name, legalForm, activityCode, sme, address);
	}
}
