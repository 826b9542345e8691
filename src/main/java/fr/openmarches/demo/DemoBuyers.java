package fr.openmarches.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.openmarches.platform.Siret;
import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.NewPortal;
import fr.openmarches.organisation.NewPurchasingEntity;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.organisation.PostalAddress;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * The public buyers of the demonstration: the Ministère des Armées with three purchasing entities
 * that publish consultations (DGA, SGA, SCA) and some twenty more (services, infrastructure
 * establishments, purchasing platforms: enough for its lists to need paging, as its 350 real
 * entities do), and a space agency with one, their services and their agents. The bodies are
 * real; addresses, SIRET numbers and contact details are for demonstration only (phone numbers
 * from the ranges reserved for fiction, mail addresses under {@code .example}). The DGA's
 * administrator, Claire Martin, manages its agents. Two themed portals: the ministry's
 * (« achats.defense.gouv.fr ») and the space agency's.
 */
final class DemoBuyers {

	/** The purchasing entities the consultations are attached to. */
	record Entities(PurchasingEntityId dga, PurchasingEntityId sga, PurchasingEntityId sca, PurchasingEntityId cnes) {

		/** Who sits on each entity's opening commission. */
		Map<PurchasingEntityId, List<AccountId>> commissions(Map<DemoPeople.Person, AccountId> accounts) {
			var ministry = COMMISSION.stream().map(accounts::get).toList();
			return Map.of(dga, ministry, sga, ministry, sca, ministry, cnes, List.of(accounts.get(DemoPeople.CAMILLE_ROUX)));
		}
	}

	/** The members of the ministry's opening commission. */
	static final List<DemoPeople.Person> COMMISSION = List.of(DemoPeople.MARC_DUBOIS, DemoPeople.ISABELLE_LAURENT,
			DemoPeople.NICOLAS_GIRARD);

	private DemoBuyers() {
	}

	static Entities create(OrganisationService organisations, PortalService portals,
			Map<DemoPeople.Person, AccountId> accounts) {
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
		otherDefenceEntities().forEach(entity -> organisations.createEntity(armees, entity));
		var cnesAgency = organisations
			.create(new NewOrganisation("Centre national d'études spatiales", "CNES", OrganisationKind.AGENCY));
		var cnes = organisations.createEntity(cnesAgency, new NewPurchasingEntity("CNES — Centre spatial de Toulouse",
				"CST", new Siret("18003214600011"), new PostalAddress("18 avenue Édouard Belin", "31400", "Toulouse"),
				"31", "achats@cnes.example", "05 36 49 00 00", List.of("Service achats", "Bureau des marchés")));

		portals.save(new NewPortal("achats-defense", "achats.defense.gouv.fr",
				"Les consultations du ministère des Armées et de ses services", Set.of(armees)));
		portals.save(new NewPortal("espace", "Achats du spatial", "Les consultations du CNES", Set.of(cnesAgency)));

		organisations.appoint(dga, accounts.get(DemoPeople.CLAIRE_MARTIN),
				Set.of(AgentRole.ENTITY_ADMINISTRATOR, AgentRole.BUYER));
		organisations.appoint(dga, accounts.get(DemoPeople.THOMAS_LEFEVRE), Set.of(AgentRole.BUYER));
		// the ministry's opening commission sits for its three entities; the CNES buyer opens alone
		for (var member : COMMISSION) {
			for (var entity : List.of(dga, sga, sca)) {
				organisations.appoint(entity, accounts.get(member), Set.of(AgentRole.COMMISSION_MEMBER));
			}
		}
		organisations.appoint(cnes, accounts.get(DemoPeople.CAMILLE_ROUX), Set.of(AgentRole.COMMISSION_MEMBER));
		organisations.appoint(sga, accounts.get(DemoPeople.SOPHIE_BERNARD), Set.of(AgentRole.BUYER));
		organisations.appoint(sca, accounts.get(DemoPeople.JULIEN_MOREAU), Set.of(AgentRole.BUYER));
		organisations.appoint(cnes, accounts.get(DemoPeople.CAMILLE_ROUX), Set.of(AgentRole.BUYER));
		return new Entities(dga, sga, sca, cnes);
	}

	/** More purchasing entities of the ministry, with no consultation or agent of their own. */
	private static List<NewPurchasingEntity> otherDefenceEntities() {
		return List.of(
				entity("Direction interarmées des réseaux d'infrastructure et des systèmes d'information", "DIRISI",
						"13002100900019", "65 rue de Bercy", "75012", "Paris", "75", "achats@dirisi.armees.example",
						"01 99 00 50 00", "Bureau des achats", "Pôle marchés informatiques"),
				entity("Service de santé des armées", "SSA", "13002137100013", "60 boulevard du Général Martial Valin",
						"75015", "Paris", "75", "achats@ssa.armees.example", "01 99 00 51 00",
						"Direction des approvisionnements en produits de santé", "Bureau des marchés"),
				entity("Service interarmées des munitions", "SIMu", "13002174400011", "1 avenue de Sceaux", "78000",
						"Versailles", "78", "achats@simu.armees.example", "01 99 00 52 00", "Bureau achats"),
				entity("Service de l'énergie opérationnelle", "SEO", "13002211400016", "2 rue Pierre Curie", "78600",
						"Maisons-Laffitte", "78", "achats@seo.armees.example", "01 99 00 53 00",
						"Bureau des approvisionnements pétroliers"),
				entity("Service industriel de l'aéronautique", "SIAé", "13002248600018", "8 boulevard Victor",
						"75015", "Paris", "75", "achats@siae.armees.example", "01 99 00 54 00",
						"Atelier industriel de l'aéronautique de Bordeaux", "Bureau des marchés"),
				entity("Service de soutien de la flotte", "SSF", "13002285800018", "Quai de Norfolk", "83000", "Toulon",
						"83", "achats@ssf.armees.example", "04 65 71 10 00", "Bureau des marchés de Toulon",
						"Bureau des marchés de Brest"),
				entity("Service d'infrastructure de la défense", "SID", "13002322900011", "6 avenue de Saint-Cloud",
						"78000", "Versailles", "78", "achats@sid.armees.example", "01 99 00 55 00",
						"Division achats et marchés"),
				entity("Établissement du service d'infrastructure de la défense de Brest", "ESID Brest",
						"13002359100014", "Rue du Commandant Malbert", "29200", "Brest", "29",
						"achats@esid-brest.armees.example", "02 61 91 10 00", "Bureau des marchés"),
				entity("Établissement du service d'infrastructure de la défense de Bordeaux", "ESID Bordeaux",
						"13002396300015", "Rue de Pessac", "33000", "Bordeaux", "33",
						"achats@esid-bordeaux.armees.example", "05 36 49 10 00", "Bureau des marchés"),
				entity("Établissement du service d'infrastructure de la défense de Lyon", "ESID Lyon", "13002433400018",
						"Quai Rambaud", "69002", "Lyon", "69", "achats@esid-lyon.armees.example", "04 65 71 11 00",
						"Bureau des marchés"),
				entity("Établissement du service d'infrastructure de la défense de Metz", "ESID Metz", "13002470600017",
						"Rue du Général Franiatte", "57000", "Metz", "57", "achats@esid-metz.armees.example",
						"03 53 48 10 00", "Bureau des marchés"),
				entity("Établissement du service d'infrastructure de la défense de Toulon", "ESID Toulon",
						"13002507500016", "Avenue de la Victoire", "83000", "Toulon", "83",
						"achats@esid-toulon.armees.example", "04 65 71 12 00", "Bureau des marchés"),
				entity("Plate-forme achats-finances Île-de-France", "PFAF IDF", "13002544800015", "Fort de Vincennes",
						"94300", "Vincennes", "94", "pfaf-idf@sca.armees.example", "01 99 00 56 00",
						"Cellule achats", "Cellule finances"),
				entity("Plate-forme achats-finances Sud-Ouest", "PFAF SO", "13002581000016", "Rue de Laseppe", "33000",
						"Bordeaux", "33", "pfaf-so@sca.armees.example", "05 36 49 11 00", "Cellule achats"),
				entity("Plate-forme achats-finances Nord-Est", "PFAF NE", "13002618000013", "Boulevard Clemenceau",
						"57000", "Metz", "57", "pfaf-ne@sca.armees.example", "03 53 48 11 00", "Cellule achats"),
				entity("Plate-forme achats-finances Sud-Est", "PFAF SE", "13002655200013", "Boulevard de Strasbourg",
						"83000", "Toulon", "83", "pfaf-se@sca.armees.example", "04 65 71 13 00", "Cellule achats"),
				entity("Plate-forme achats-finances Ouest", "PFAF O", "13002692500011", "Quartier Foch", "35000",
						"Rennes", "35", "pfaf-o@sca.armees.example", "02 61 91 11 00", "Cellule achats"),
				entity("Service historique de la défense", "SHD", "13002729500018", "Château de Vincennes", "94300",
						"Vincennes", "94", "achats@shd.armees.example", "01 99 00 57 00", "Bureau des moyens généraux"),
				entity("Service des approvisionnements de l'armée de l'Air et de l'Espace", "SAAAE", "13002766700018",
						"Base aérienne 705", "37100", "Tours", "37", "achats@saaae.armees.example", "02 61 91 12 00",
						"Bureau des marchés"));
	}

	private static NewPurchasingEntity entity(String name, String acronym, String siret, String street,
			String postcode, String city, String department, String email, String phone, String... offices) {
		return new NewPurchasingEntity(name, acronym, new Siret(siret), new PostalAddress(street, postcode, city),
				department, email, phone, List.of(offices));
	}
}
