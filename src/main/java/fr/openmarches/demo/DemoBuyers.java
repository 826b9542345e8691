package fr.openmarches.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.openmarches.platform.Siret;
import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.NewPurchasingEntity;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PostalAddress;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * The public buyers of the demonstration: the Ministère des Armées with three purchasing entities
 * and a space agency with one, their services and their agents. The bodies are real; addresses,
 * SIRET numbers and contact details are for demonstration only (phone numbers from the ranges
 * reserved for fiction, mail addresses under {@code .example}).
 */
final class DemoBuyers {

	/** The purchasing entities the consultations are attached to. */
	record Entities(PurchasingEntityId dga, PurchasingEntityId sga, PurchasingEntityId sca, PurchasingEntityId cnes) {
	}

	private DemoBuyers() {
	}

	static Entities create(OrganisationService organisations, Map<DemoPeople.Person, AccountId> accounts) {
		var armees = organisations
			.create(new NewOrganisation("Ministère des Armées", "MINARM", OrganisationKind.MINISTRY));
		var dga = organisations.createEntity(armees, new NewPurchasingEntity("Direction générale de l'armement", "DGA",
				new Siret("13001234700014"),
				new PostalAddress("60 boulevard du Général Martial Valin", "75015", "Paris"), "75",
				"achats@dga.armees.example", "01 99 00 10 00",
				List.of("Service des achats d'armement", "Bureau des marchés d'essais",
						"DGA Techniques terrestres — Bourges")));
		var sga = organisations.createEntity(armees, new NewPurchasingEntity(
				"Secrétariat général pour l'administration", "SGA", new Siret("13004564400015"),
				new PostalAddress("14 rue Saint-Dominique", "75007", "Paris"), "75", "achats@sga.armees.example",
				"01 99 00 20 00",
				List.of("Bureau des achats de l'administration centrale", "Service d'infrastructure de la défense")));
		var sca = organisations.createEntity(armees, new NewPurchasingEntity("Service du commissariat des armées", "SCA",
				new Siret("13007894200013"), new PostalAddress("22 avenue Leclerc", "69007", "Lyon"), "69",
				"achats@sca.armees.example", "04 65 71 00 00",
				List.of("Plate-forme commissariat Sud-Est", "Bureau habillement et équipements")));
		var cnesAgency = organisations
			.create(new NewOrganisation("Centre national d'études spatiales", "CNES", OrganisationKind.AGENCY));
		var cnes = organisations.createEntity(cnesAgency, new NewPurchasingEntity("CNES — Centre spatial de Toulouse",
				"CST", new Siret("18003214600011"), new PostalAddress("18 avenue Édouard Belin", "31400", "Toulouse"),
				"31", "achats@cnes.example", "05 36 49 00 00", List.of("Service achats", "Bureau des marchés")));

		organisations.appoint(dga, accounts.get(DemoPeople.CLAIRE_MARTIN),
				Set.of(AgentRole.ENTITY_ADMINISTRATOR, AgentRole.BUYER));
		organisations.appoint(dga, accounts.get(DemoPeople.THOMAS_LEFEVRE), Set.of(AgentRole.BUYER));
		for (var member : List.of(DemoPeople.MARC_DUBOIS, DemoPeople.ISABELLE_LAURENT, DemoPeople.NICOLAS_GIRARD)) {
			organisations.appoint(dga, accounts.get(member), Set.of(AgentRole.COMMISSION_MEMBER));
		}
		organisations.appoint(sga, accounts.get(DemoPeople.SOPHIE_BERNARD), Set.of(AgentRole.BUYER));
		organisations.appoint(sca, accounts.get(DemoPeople.JULIEN_MOREAU), Set.of(AgentRole.BUYER));
		organisations.appoint(cnes, accounts.get(DemoPeople.CAMILLE_ROUX), Set.of(AgentRole.BUYER));
		return new Entities(dga, sga, sca, cnes);
	}
}
