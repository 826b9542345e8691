package fr.openmarches.company;

import fr.openmarches.platform.Siren;
/**
 * What it takes to register a company, as the SIRENE register describes it.
 *
 * @param siren the SIRENE number; {@code null} for a company established abroad
 * @param legalForm legal form as registered, e.g. « SAS », « SARL », « SA »
 * @param activityCode APE/NAF code, e.g. {@code 62.01Z}
 * @param sme whether the company is an SME (PME) in the European sense
 */
public record NewCompany(Siren siren, String name, String legalForm, String activityCode, boolean sme,
		Address address) {
}
