package fr.openmarches.demo;

import static fr.openmarches.consultation.ConsultationState.AWARDED;
import static fr.openmarches.consultation.ConsultationState.CLOSED;
import static fr.openmarches.consultation.ConsultationState.OPENED;
import static fr.openmarches.consultation.ConsultationState.PUBLISHED;
import static fr.openmarches.consultation.ConsultationState.UNSUCCESSFUL;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.PastTransition;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.platform.LegalTime;

/**
 * The consultations of the demonstration, placed in time around "now": several open (one of them
 * closing within two days, one changed by an addendum since its publication), one closed, one
 * awarded, one unsuccessful, one cancelled, a draft and a test consultation. Deadlines fall at
 * noon, Paris time, a given number of days from today.
 */
final class DemoConsultations {

	private final ConsultationService consultations;

	private final DemoCommissions commissions;

	private final DemoBuyers.Entities entities;

	private final Instant now;

	private final LocalDate today;

	private final int year;

	DemoConsultations(ConsultationService consultations, DemoCommissions commissions, DemoBuyers.Entities entities,
			Clock clock) {
		this.consultations = consultations;
		this.commissions = commissions;
		this.entities = entities;
		this.now = clock.instant();
		this.today = LocalDate.ofInstant(now, LegalTime.ZONE);
		this.year = today.getYear();
	}

	void create() {
		dga();
		sga();
		sca();
		cnes();
	}

	private void dga() {
		var buyer = "Direction générale de l'armement (DGA)";
		new DemoConsultation(entities.dga(), buyer, ref("DGA-0142"),
				"Acquisition de postes de travail portables durcis pour les centres d'essais",
				"""
						La Direction générale de l'armement acquiert des postes de travail portables durcis pour les \
						personnels des centres d'essais de Bourges, d'Istres et de Bruz. Les matériels doivent résister \
						aux conditions de terrain (chocs, poussière, humidité) et faire fonctionner les logiciels \
						d'acquisition de mesures des bancs d'essais.

						L'accord-cadre à bons de commande est conclu pour un an, reconductible trois fois.""")
			.category(Category.SUPPLIES)
			.cpv("30213100", "30200000")
			.department("18")
			.estimatedAt(1_380_000)
			.questionsUntil(noon(28))
			.bidsUntil(noon(35))
			.signedBids()
			.lot("Postes portables durcis (indice de protection IP65), garantie cinq ans", "30213100", 1_200_000)
			.lot("Stations d'accueil, alimentations et accessoires", "30200000", 180_000)
			.withAdministrativeSpecifications()
			.withTechnicalSpecifications("Conformité à la norme MIL-STD-810H pour les chocs et les vibrations.",
					"Écran de 14 pouces lisible en plein soleil (1 000 cd/m² au moins).",
					"Autonomie de huit heures en usage de mesure, batterie remplaçable à chaud.",
					"Chiffrement intégral du disque et démarrage sécurisé.")
			.withPriceSchedule("Poste portable durci, configuration standard|unité",
					"Poste portable durci, configuration mesures|unité", "Station d'accueil véhicule|unité",
					"Batterie supplémentaire|unité", "Extension de garantie d'un an|unité")
			.publish(consultations, commissions);

		new DemoConsultation(entities.dga(), buyer, ref("DGA-0157"),
				"Maintenance préventive et corrective des enceintes climatiques du centre d'essais d'Istres",
				"""
						Le centre d'essais en vol d'Istres exploite douze enceintes climatiques (de -70 °C à +180 °C) \
						pour qualifier des équipements embarqués. Le titulaire en assure la maintenance préventive \
						(deux visites par an) et corrective (intervention sous 48 heures ouvrées), ainsi que le \
						raccordement métrologique des capteurs.""")
			.procedure(ProcedureType.NEGOTIATED)
			.cpv("50000000")
			.department("13")
			.estimatedAt(450_000)
			.questionsUntil(noon(14))
			.bidsUntil(noon(21))
			.withTechnicalSpecifications("Intervention corrective sur site sous 48 heures ouvrées.",
					"Pièces détachées d'origine ou de qualité équivalente, garanties six mois.",
					"Certificats d'étalonnage raccordés au COFRAC pour chaque capteur.")
			.publish(consultations, commissions);

		new DemoConsultation(entities.dga(), buyer, ref("DGA-0098"),
				"Étude de faisabilité de capteurs optroniques de nouvelle génération",
				"""
						Étude de faisabilité de capteurs optroniques infrarouges refroidis pour les systèmes \
						d'observation terrestres : état de l'art, architectures candidates, maquettage et feuille de \
						route industrielle. Le dialogue permet d'affiner les solutions avec les candidats retenus.""")
			.procedure(ProcedureType.COMPETITIVE_DIALOGUE)
			.defenceOrSecurity()
			.cpv("73100000")
			.department("35")
			.estimatedAt(900_000)
			.bidsUntil(noon(-3))
			.envelopes(Envelope.APPLICATION)
			.withTechnicalSpecifications("Bande spectrale 3–5 µm, format de détecteur 1 280 × 1 024 au moins.",
					"Maquette démontrant la faisabilité, livrée avec son rapport d'essais.")
			.withPast(consultations, commissions, PastTransition.to(PUBLISHED, at(-40, 9)), PastTransition.to(CLOSED, noon(-3)));

		new DemoConsultation(entities.dga(), buyer, ref("DGA-0163"),
				"Acquisition de drones d'observation de courte portée",
				"Acquisition de drones d'observation de courte portée et de leurs stations sol, avec la formation des "
						+ "télépilotes et le soutien pendant trois ans.")
			.category(Category.SUPPLIES)
			.defenceOrSecurity()
			.cpv("35000000")
			.estimatedAt(2_600_000)
			.bidsUntil(noon(60))
			.signedBids()
			.draft(consultations);
	}

	private void sga() {
		var buyer = "Secrétariat général pour l'administration (SGA)";
		new DemoConsultation(entities.sga(), buyer, ref("SGA-0311"),
				"Rénovation énergétique de bâtiments administratifs du fort de Vincennes",
				"""
						Rénovation énergétique de trois bâtiments de bureaux (7 400 m² au total) : isolation des \
						façades par l'extérieur, remplacement des menuiseries, remplacement des chaudières par une \
						pompe à chaleur et ventilation double flux. Les travaux se déroulent en site occupé.""")
			.category(Category.WORKS)
			.cpv("45453000", "45321000", "45421000", "45331000")
			.department("94")
			.estimatedAt(3_200_000)
			.questionsUntil(noon(20))
			.bidsUntil(noon(28))
			.signedBids()
			.lot("Isolation thermique par l'extérieur", "45321000", 1_400_000)
			.lot("Remplacement des menuiseries extérieures", "45421000", 900_000)
			.lot("Chauffage, ventilation et climatisation", "45331000", 900_000)
			.withAdministrativeSpecifications()
			.withTechnicalSpecifications("Résistance thermique des parois après travaux d'au moins 4,4 m².K/W.",
					"Menuiseries à rupture de pont thermique, Uw inférieur ou égal à 1,3 W/m².K.",
					"Continuité du service : pas plus de deux bureaux neutralisés à la fois.")
			.withPriceSchedule("Isolant en laine de roche, 200 mm, posé|m²", "Enduit de finition|m²",
					"Fenêtre deux vantaux, aluminium|unité", "Pompe à chaleur air-eau 120 kW|forfait",
					"Centrale de traitement d'air double flux|unité")
			.withPieceOnPaper("Plans d'exécution des bâtiments (format A0)",
					"à retirer sur rendez-vous au Service d'infrastructure de la défense, 14 rue Saint-Dominique, "
							+ "75007 Paris, du lundi au vendredi de 9 h à 16 h ; une visite des bâtiments est proposée le même jour.")
			.amendedAfterPublication("""
					Le bordereau des prix omettait la dépose des menuiseries existantes et l'évacuation des \
					déchets du chantier : l'indice B du BPU les ajoute. Un calendrier prévisionnel des travaux \
					complète le dossier, pour que les candidats apprécient le phasage en site occupé. La date \
					limite de remise des plis est inchangée.""",
					List.of("Dépose de fenêtre existante, évacuation comprise|unité",
							"Évacuation et traitement des déchets de chantier|tonne"),
					List.of("Préparation et installation de chantier|4", "Isolation des façades, bâtiment A|10",
							"Menuiseries et isolation, bâtiments B et C|14", "Chauffage et ventilation|12",
							"Réception et levée des réserves|3"))
			.publish(consultations, commissions);

		new DemoConsultation(entities.sga(), buyer, ref("SGA-0318"),
				"Nettoyage des locaux administratifs de l'administration centrale",
				"""
						Nettoyage quotidien de 12 000 m² de bureaux et de parties communes, vitrerie trimestrielle et \
						gestion des consommables sanitaires. Les prestations ont lieu entre 6 h et 9 h, hors présence \
						des agents.""")
			.procedure(ProcedureType.MAPA)
			.cpv("90910000", "90911200")
			.department("75")
			.estimatedAt(180_000)
			.bidsUntil(now.plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.HOURS))
			.withTechnicalSpecifications("Produits porteurs de l'écolabel européen.",
					"Contrôle contradictoire mensuel de la qualité, grille jointe.")
			.withPriceSchedule("Nettoyage quotidien des bureaux|m²/mois", "Vitrerie|m²/passage",
					"Consommables sanitaires|forfait mensuel")
			.publish(consultations, commissions);

		new DemoConsultation(entities.sga(), buyer, ref("SGA-0276"),
				"Accompagnement au déploiement d'un système d'information des ressources humaines",
				"""
						Accompagnement de la conduite du changement lors du déploiement du nouveau système \
						d'information des ressources humaines : formation de 400 gestionnaires, support de \
						proximité pendant trois mois, documentation utilisateur.""")
			.procedure(ProcedureType.MAPA)
			.cpv("72000000", "72200000")
			.department("75")
			.estimatedAt(210_000)
			.bidsUntil(noon(-45))
			.withTechnicalSpecifications("Formateurs disposant d'une expérience de SIRH publics.",
					"Supports de formation accessibles (RGAA) remis à l'administration.")
			.withPast(consultations, commissions, PastTransition.to(PUBLISHED, at(-75, 9)), PastTransition.to(CLOSED, noon(-45)),
					PastTransition.to(OPENED, at(-43, 10)), PastTransition.to(AWARDED, at(-25, 10)));

		new DemoConsultation(entities.sga(), buyer, ref("TEST-0001"),
				"Consultation de test — fourniture de papeterie et de petites fournitures de bureau",
				"""
						Consultation fictive pour s'entraîner : fourniture de papier, d'enveloppes et de petites \
						fournitures de bureau pour un service administratif. Aucun marché ne sera conclu.""")
			.procedure(ProcedureType.MAPA)
			.category(Category.SUPPLIES)
			.cpv("30192000")
			.department("75")
			.estimatedAt(15_000)
			.questionsUntil(noon(80))
			.bidsUntil(noon(90))
			.forPractice()
			.lot("Papier et enveloppes", null, 9_000)
			.lot("Petites fournitures de bureau", null, 6_000)
			.withTechnicalSpecifications("Papier recyclé, 80 g/m², certifié FSC ou PEFC.")
			.withPriceSchedule("Ramette de papier A4|ramette", "Enveloppes C5 (boîte de 500)|boîte",
					"Stylos à bille (boîte de 50)|boîte")
			.publish(consultations, commissions);
	}

	private void sca() {
		var buyer = "Service du commissariat des armées (SCA)";
		new DemoConsultation(entities.sca(), buyer, ref("SCA-0524"),
				"Fourniture de vêtements de protection et de sécurité pour les formations du Sud-Est",
				"""
						Fourniture de vêtements de protection haute visibilité et de gants de protection pour les \
						formations de soutien de la zone Sud-Est, livrés à la plate-forme de Lyon.""")
			.category(Category.SUPPLIES)
			.cpv("35113400")
			.department("69")
			.estimatedAt(450_000)
			.questionsUntil(noon(7))
			.bidsUntil(noon(14))
			.lot("Vestes et pantalons de protection haute visibilité", "35113400", 320_000)
			.lot("Gants de protection", null, 130_000)
			.withAdministrativeSpecifications()
			.withTechnicalSpecifications("Vêtements conformes à la norme EN ISO 20471, classe 2 au moins.",
					"Gants conformes à la norme EN 388, niveau de résistance à la coupure B au moins.",
					"Tailles du XS au 4XL ; marquage « Armées » brodé.")
			.withPriceSchedule("Veste haute visibilité|unité", "Pantalon haute visibilité|unité",
					"Paire de gants de manutention|paire")
			.withPieceOnPaper("Échantillons de référence des vêtements",
					"consultables sur rendez-vous à la plate-forme commissariat Sud-Est, 22 avenue Leclerc, 69007 Lyon ; "
							+ "ils ne sont pas prêtés.")
			.publish(consultations, commissions);

		new DemoConsultation(entities.sca(), buyer, ref("SCA-0488"),
				"Prestations de traiteur pour les cérémonies militaires",
				"Prestations de traiteur (cocktails et repas assis) pour une vingtaine de cérémonies par an, de 50 à 400 "
						+ "convives, dans la région lyonnaise.")
			.procedure(ProcedureType.MAPA)
			.cpv("55520000")
			.department("69")
			.estimatedAt(60_000)
			.bidsUntil(noon(-30))
			.withPast(consultations, commissions, PastTransition.to(PUBLISHED, at(-60, 9)), PastTransition.to(CLOSED, noon(-30)),
					PastTransition.to(OPENED, at(-29, 10)), PastTransition.to(UNSUCCESSFUL, at(-20, 10)));

		new DemoConsultation(entities.sca(), buyer, ref("SCA-0530"),
				"Location longue durée de véhicules utilitaires légers",
				"Location longue durée, entretien compris, de quarante véhicules utilitaires légers pour les unités de "
						+ "soutien de la zone Sud-Est.")
			.procedure(ProcedureType.NEGOTIATED)
			.category(Category.SUPPLIES)
			.cpv("34100000")
			.department("69")
			.estimatedAt(540_000)
			.bidsUntil(noon(10))
			.withPast(consultations, commissions, PastTransition.to(PUBLISHED, at(-20, 9)), PastTransition.cancelled(at(-2, 15),
					"le besoin a été redéfini ; une nouvelle consultation sera publiée avec un périmètre élargi."));
	}

	private void cnes() {
		var buyer = "CNES — Centre spatial de Toulouse";
		new DemoConsultation(entities.cnes(), buyer, ref("CNES-0077"),
				"Développement d'un logiciel de traitement des données du segment sol",
				"""
						Développement et maintenance du logiciel qui traite les données brutes reçues des satellites \
						d'observation : décommutation, étalonnage radiométrique, production des images de niveau 1. \
						La procédure est restreinte : seuls les candidats admis seront invités à remettre une offre.""")
			.procedure(ProcedureType.RESTRICTED_TENDER)
			.cpv("72200000", "72267000")
			.department("31")
			.estimatedAt(2_400_000)
			.questionsUntil(noon(30))
			.bidsUntil(noon(40))
			.signedBids()
			.envelopes(Envelope.APPLICATION)
			.lot("Développement du logiciel de traitement", "72200000", 1_800_000)
			.lot("Tierce maintenance applicative", "72267000", 600_000)
			.withAdministrativeSpecifications()
			.withTechnicalSpecifications("Traitement d'une passe satellite (40 Go) en moins de quinze minutes.",
					"Code source livré sous licence libre, avec ses tests automatisés.",
					"Hébergement sur l'infrastructure du CNES, sans service tiers hors Union européenne.")
			.publish(consultations, commissions);

		new DemoConsultation(entities.cnes(), buyer, ref("CNES-0081"),
				"Concession du service de restauration du Centre spatial de Toulouse",
				"""
						Le concessionnaire exploite à ses risques le restaurant d'entreprise du Centre spatial de \
						Toulouse (1 800 couverts par jour) et sa cafétéria, pour une durée de cinq ans. Il se \
						rémunère sur les recettes, le CNES mettant les locaux et les équipements à sa disposition.""")
			.procedure(ProcedureType.CONCESSION)
			.cpv("55300000")
			.department("31")
			.estimatedAt(4_500_000)
			.questionsUntil(noon(40))
			.bidsUntil(noon(50))
			.withTechnicalSpecifications("Au moins 50 % de produits durables, dont 20 % issus de l'agriculture biologique.",
					"Un menu végétarien chaque jour.")
			.publish(consultations, commissions);
	}

	private String ref(String suffix) {
		return year + "-" + suffix;
	}

	/** Noon, Paris time, {@code days} from today (negative: in the past). */
	private Instant noon(int days) {
		return at(days, 12);
	}

	private Instant at(int days, int hour) {
		return today.plusDays(days).atTime(hour, 0).atZone(LegalTime.ZONE).toInstant();
	}
}
