package fr.openmarches.company;

import java.util.LinkedHashSet;
import java.util.Set;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;

/**
 * A fiche's activities checked against the CPV vocabulary, with their scope: the codes themselves
 * and all their ancestors, stored so that the directory finds a company under any broader code.
 */
record ActivityScope(CompanyFiche fiche, Set<String> scope) {

	/** @throws fr.openmarches.cpv.UnknownCpvCodeException when an activity is not a CPV code */
	static ActivityScope of(CompanyFiche fiche, CpvCatalogue cpv) {
		var activities = fiche.activities().stream().map(cpv::require).map(CpvCode::code).distinct().toList();
		var scope = new LinkedHashSet<String>();
		activities.forEach(code -> cpv.lineage(code).forEach(ancestor -> scope.add(ancestor.code())));
		return new ActivityScope(new CompanyFiche(fiche.presentation(), fiche.website(), activities, fiche.regions(),
				fiche.references(), fiche.certifications(), fiche.listed()), scope);
	}

	void applyTo(Company company) {
		company.describe(fiche, scope);
	}
}
