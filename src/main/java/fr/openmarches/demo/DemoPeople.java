package fr.openmarches.demo;

import java.util.List;
import java.util.Set;

import fr.openmarches.identity.Role;

/**
 * The people of the demonstration. They all share {@link #PASSWORD}; {@code docs/demo-accounts.md}
 * lists them for whoever tries the platform (a test keeps that page and this list in step).
 */
final class DemoPeople {

	/** The password of every demo account (twelve characters or more, as the policy asks). */
	static final String PASSWORD = "demo-openmarches";

	/**
	 * @param role what the person does, as the accounts page says it
	 * @param organisation the entity or company they belong to, as the accounts page names it
	 * @param platformRoles the roles their account is opened with; buyer and supplier roles come
	 * with their appointments and memberships
	 */
	record Person(String email, String givenName, String familyName, String phone, String role, String organisation,
			Set<Role> platformRoles) {

		Person(String email, String givenName, String familyName, String phone, String role, String organisation) {
			this(email, givenName, familyName, phone, role, organisation, Set.of());
		}
	}

	/** Runs the platform: creates organisations and entities, appoints their first administrators. */
	static final Person PLATFORM_ADMINISTRATOR = new Person("admin@openmarches.example", "Hélène", "Garnier",
			"01 99 00 00 01", "Administratrice de la plateforme", "OpenMarchés", Set.of(Role.PLATFORM_ADMIN));

	static final Person CLAIRE_MARTIN = new Person("claire.martin@dga.armees.example", "Claire", "Martin",
			"01 99 00 10 01", "Administratrice de l'entité d'achat, acheteuse", "DGA");

	static final Person THOMAS_LEFEVRE = new Person("thomas.lefevre@dga.armees.example", "Thomas", "Lefèvre",
			"01 99 00 10 02", "Acheteur", "DGA");

	static final Person MARC_DUBOIS = new Person("marc.dubois@dga.armees.example", "Marc", "Dubois", null,
			"Membre de la commission d'ouverture", "DGA");

	static final Person ISABELLE_LAURENT = new Person("isabelle.laurent@dga.armees.example", "Isabelle", "Laurent",
			null, "Membre de la commission d'ouverture", "DGA");

	static final Person NICOLAS_GIRARD = new Person("nicolas.girard@dga.armees.example", "Nicolas", "Girard", null,
			"Membre de la commission d'ouverture", "DGA");

	static final Person SOPHIE_BERNARD = new Person("sophie.bernard@sga.armees.example", "Sophie", "Bernard",
			"01 99 00 20 01", "Acheteuse", "SGA");

	static final Person JULIEN_MOREAU = new Person("julien.moreau@sca.armees.example", "Julien", "Moreau",
			"04 65 71 00 01", "Acheteur", "SCA");

	static final Person CAMILLE_ROUX = new Person("camille.roux@cnes.example", "Camille", "Roux", "05 36 49 00 01",
			"Acheteuse", "CNES — Centre spatial de Toulouse");

	static final Person LEA_FONTAINE = new Person("lea.fontaine@atelier-berry.example", "Léa", "Fontaine",
			"02 61 91 00 01", "Administratrice de l'entreprise", "Atelier Numérique du Berry (PME)");

	static final Person HUGO_PETIT = new Person("hugo.petit@atelier-berry.example", "Hugo", "Petit", null,
			"Membre de l'entreprise", "Atelier Numérique du Berry (PME)");

	static final Person ANTOINE_MERCIER = new Person("antoine.mercier@aerodefense.example", "Antoine", "Mercier",
			"01 99 00 30 01", "Administrateur de l'entreprise", "Aérodéfense Systèmes");

	static final Person JULIE_RENARD = new Person("julie.renard@aerodefense.example", "Julie", "Renard", null,
			"Membre de l'entreprise", "Aérodéfense Systèmes");

	static final Person KARIM_BENALI = new Person("karim.benali@proprete-idf.example", "Karim", "Benali",
			"01 99 00 40 01", "Administrateur de l'entreprise", "Propreté Services Île-de-France");

	static final Person EMMA_LEROY = new Person("emma.leroy@proprete-idf.example", "Emma", "Leroy", null,
			"Membre de l'entreprise", "Propreté Services Île-de-France");

	static final List<Person> ALL = List.of(PLATFORM_ADMINISTRATOR, CLAIRE_MARTIN, THOMAS_LEFEVRE, MARC_DUBOIS, ISABELLE_LAURENT,
			NICOLAS_GIRARD, SOPHIE_BERNARD, JULIEN_MOREAU, CAMILLE_ROUX, LEA_FONTAINE, HUGO_PETIT, ANTOINE_MERCIER,
			JULIE_RENARD, KARIM_BENALI, EMMA_LEROY);

	private DemoPeople() {
	}
}
