package fr.openmarches.demo;

import java.util.Map;

import fr.openmarches.company.Address;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.NewCompany;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import fr.openmarches.identity.AccountId;

/**
 * The companies of the demonstration, each with an administrator and a member: a digital SME of
 * Bourges, an aerospace group and a cleaning company. Names and numbers are fictitious.
 */
final class DemoCompanies {

	private DemoCompanies() {
	}

	static void create(CompanyService companies, Map<DemoPeople.Person, AccountId> accounts) {
		var berry = companies.register(new NewCompany(new Siren("842137655"), "Atelier Numérique du Berry", "SAS",
				"62.01Z", true, Address.inFrance("12 rue Moyenne", "18000", "Bourges")),
				accounts.get(DemoPeople.LEA_FONTAINE));
		companies.addEstablishment(berry, new Siret("84213765500010"), true,
				Address.inFrance("12 rue Moyenne", "18000", "Bourges"));
		companies.join(berry, accounts.get(DemoPeople.HUGO_PETIT));

		var aero = companies.register(new NewCompany(new Siren("412873598"), "Aérodéfense Systèmes", "SA", "30.30Z",
				false, Address.inFrance("3 avenue de l'Europe", "78140", "Vélizy-Villacoublay")),
				accounts.get(DemoPeople.ANTOINE_MERCIER));
		companies.addEstablishment(aero, new Siret("41287359800012"), true,
				Address.inFrance("3 avenue de l'Europe", "78140", "Vélizy-Villacoublay"));
		companies.addEstablishment(aero, new Siret("41287359800020"), false,
				Address.inFrance("45 chemin de la Crabe", "31300", "Toulouse"));
		companies.join(aero, accounts.get(DemoPeople.JULIE_RENARD));

		var proprete = companies.register(new NewCompany(new Siren("523689149"), "Propreté Services Île-de-France",
				"SAS", "81.21Z", false, Address.inFrance("8 rue du Landy", "93200", "Saint-Denis")),
				accounts.get(DemoPeople.KARIM_BENALI));
		companies.addEstablishment(proprete, new Siret("52368914900012"), true,
				Address.inFrance("8 rue du Landy", "93200", "Saint-Denis"));
		companies.join(proprete, accounts.get(DemoPeople.EMMA_LEROY));
	}
}
