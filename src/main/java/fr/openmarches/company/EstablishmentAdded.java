package fr.openmarches.company;

import fr.openmarches.platform.Siret;

/** A company registered one more of its establishments. */
public record EstablishmentAdded(CompanyId company, Siret siret, boolean headOffice) {
}
