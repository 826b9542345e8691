package fr.openmarches.company;

import java.time.Instant;
import java.util.List;

import fr.openmarches.platform.Siren;

/**
 * A company as the public directory shows it: who it is, its fiche and its product fiches; never
 * its members.
 *
 * @param address the head office
 */
public record PublicCompany(CompanyId id, Siren siren, String nationalId, String name, String legalForm,
		String activityCode, boolean sme, Address address, CompanyFiche fiche, List<ProductView> products,
		Instant registeredAt) {
}
