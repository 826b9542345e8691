package fr.openmarches.demo;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.NewConsultation;
import fr.openmarches.consultation.NewLot;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.platform.LegalTime;

/**
 * The contents of the demo consultations' documents: notice, rules (RC), administrative and
 * technical specifications (CCAP, CCTP) and price schedule (BPU), written from the consultation's
 * own details so that each reads like the real thing.
 */
final class DemoTenderDocuments {

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm",
			Locale.FRENCH);

	private DemoTenderDocuments() {
	}

	/** A consultation as its documents describe it. */
	record Subject(NewConsultation consultation, List<NewLot> lots, String buyer) {

		String reference() {
			return consultation.reference();
		}
	}

	static byte[] notice(Subject s) {
		var c = s.consultation();
		var pdf = new DemoPdf("Avis d'appel public à la concurrence", c.title(), s.buyer(), c.reference());
		pdf.heading("1. Identification de l'acheteur").paragraph(s.buyer());
		pdf.heading("2. Objet de la consultation").paragraph(c.object());
		pdf.paragraph("Catégorie : " + category(c.category()) + ". Code CPV principal : " + c.mainCpv() + cpvTail(c) + ".");
		pdf.heading("3. Procédure").paragraph(procedure(c.procedure()) + ".");
		lots(pdf, s);
		if (c.estimatedValue() != null) {
			pdf.heading("5. Valeur estimée").paragraph(money(c.estimatedValue()) + " hors taxes.");
		}
		pdf.heading("6. Date limite de réception des plis")
			.paragraph(deadline(c.depositDeadline()) + ", heure de Paris.");
		pdf.heading("7. Modalités de retrait et de dépôt")
			.paragraph("Les documents de la consultation sont disponibles gratuitement sur la plateforme OpenMarchés. "
					+ "Les plis sont remis par voie électronique sur la même plateforme ; les plis papier ne sont pas acceptés.");
		return pdf.toBytes();
	}

	static byte[] rules(Subject s, List<String> pieces) {
		var c = s.consultation();
		var pdf = new DemoPdf("Règlement de la consultation (RC)", c.title(), s.buyer(), c.reference());
		pdf.heading("Article 1 — Objet").paragraph(c.object());
		pdf.heading("Article 2 — Procédure").paragraph(procedure(c.procedure())
				+ ", en application du code de la commande publique. Les variantes ne sont pas autorisées.");
		pdf.heading("Article 3 — Contenu du dossier de consultation");
		pieces.forEach(pdf::bullet);
		pdf.heading("Article 4 — Présentation des plis");
		if (c.envelopes().contains(Envelope.APPLICATION)) {
			pdf.bullet("Candidature : DUME, ou formulaires DC1 et DC2 ; attestations d'assurance ; références de "
					+ "prestations comparables des trois dernières années.");
		}
		if (c.envelopes().contains(Envelope.OFFER)) {
			pdf.bullet("Offre : acte d'engagement, bordereau des prix complété, mémoire technique.");
		}
		pdf.heading("Article 5 — Jugement des offres")
			.table(List.of("Critère", "Pondération"),
					List.of(List.of("Valeur technique, appréciée au vu du mémoire technique", "60 %"),
							List.of("Prix, apprécié au vu du bordereau des prix", "40 %")),
					0.8f, 0.2f);
		pdf.heading("Article 6 — Conditions d'envoi des plis")
			.paragraph("Les plis sont déposés sur la plateforme OpenMarchés au plus tard le " + deadline(c.depositDeadline())
					+ ", heure de Paris. Un pli reçu après cette date est hors délai.")
			.paragraph(c.signatureRequired()
					? "L'acte d'engagement est signé électroniquement avec un certificat qualifié au sens du règlement eIDAS."
					: "La signature électronique n'est pas exigée au dépôt ; elle le sera de l'attributaire.");
		if (c.questionsDeadline() != null) {
			pdf.heading("Article 7 — Questions").paragraph("Les questions sont posées sur la plateforme jusqu'au "
					+ deadline(c.questionsDeadline()) + ". Les réponses sont communiquées à tous les candidats.");
		}
		return pdf.toBytes();
	}

	static byte[] administrativeSpecifications(Subject s) {
		var c = s.consultation();
		var pdf = new DemoPdf("Cahier des clauses administratives particulières (CCAP)", c.title(), s.buyer(),
				c.reference());
		pdf.heading("Article 1 — Objet du marché").paragraph(c.title() + ".");
		pdf.heading("Article 2 — Pièces constitutives")
			.bullet("L'acte d'engagement et ses annexes financières.")
			.bullet("Le présent CCAP et le cahier des clauses techniques particulières (CCTP).")
			.bullet("Le " + generalConditions(c) + ", qui s'applique pour tout ce que le présent cahier ne règle pas.");
		pdf.heading("Article 3 — Durée").paragraph(
				"Le marché est conclu pour un an à compter de sa notification ; il peut être reconduit tacitement trois fois.");
		pdf.heading("Article 4 — Prix").paragraph(
				"Les prix sont unitaires, fermes la première année puis révisables annuellement selon la formule de l'annexe 1.");
		pdf.heading("Article 5 — Avance et paiement").paragraph(
				"Une avance est versée dans les conditions des articles R. 2191-3 et suivants du code de la commande publique. "
						+ "Les factures sont transmises par Chorus Pro ; le délai global de paiement est de trente jours.");
		pdf.heading("Article 6 — Pénalités").paragraph(
				"Tout retard donne lieu, sans mise en demeure, à une pénalité d'un millième du montant hors taxes de la "
						+ "commande par jour calendaire de retard.");
		return pdf.toBytes();
	}

	static byte[] technicalSpecifications(Subject s, List<String> requirements) {
		var c = s.consultation();
		var pdf = new DemoPdf("Cahier des clauses techniques particulières (CCTP)", c.title(), s.buyer(),
				c.reference());
		pdf.heading("1. Contexte").paragraph(c.object());
		pdf.heading("2. Exigences");
		requirements.forEach(pdf::bullet);
		if (!s.lots().isEmpty()) {
			pdf.heading("3. Répartition en lots");
			for (int i = 0; i < s.lots().size(); i++) {
				pdf.bullet("Lot " + (i + 1) + " : " + s.lots().get(i).title() + ".");
			}
		}
		pdf.heading("4. Réception").paragraph(
				"Les prestations sont réceptionnées après vérification de leur conformité au présent cahier ; "
						+ "un procès-verbal est établi contradictoirement.");
		return pdf.toBytes();
	}

	static byte[] priceSchedule(Subject s, List<String> items) {
		var c = s.consultation();
		var pdf = new DemoPdf("Bordereau des prix unitaires (BPU)", c.title(), s.buyer(), c.reference());
		pdf.paragraph("Le candidat complète la colonne des prix unitaires, en euros hors taxes. Les quantités "
				+ "sont indicatives et n'engagent pas l'acheteur.");
		var rows = new ArrayList<List<String>>();
		for (int i = 0; i < items.size(); i++) {
			var item = items.get(i).split("\\|");
			rows.add(List.of(String.valueOf(i + 1), item[0], item[1], ""));
		}
		pdf.table(List.of("N°", "Désignation", "Unité", "Prix unitaire HT"), rows, 0.08f, 0.56f, 0.14f, 0.22f);
		return pdf.toBytes();
	}

	/** A works schedule: one row per phase, each « phase|weeks ». */
	static byte[] worksSchedule(Subject s, List<String> phases) {
		var c = s.consultation();
		var pdf = new DemoPdf("Calendrier prévisionnel des travaux", c.title(), s.buyer(), c.reference());
		pdf.paragraph("Les durées sont indicatives ; le calendrier détaillé d'exécution est arrêté avec le titulaire "
				+ "pendant la période de préparation.");
		var rows = new ArrayList<List<String>>();
		for (int i = 0; i < phases.size(); i++) {
			var phase = phases.get(i).split("\\|");
			rows.add(List.of(String.valueOf(i + 1), phase[0], phase[1] + " semaines"));
		}
		pdf.table(List.of("N°", "Phase", "Durée"), rows, 0.08f, 0.67f, 0.25f);
		return pdf.toBytes();
	}

	private static void lots(DemoPdf pdf, Subject s) {
		pdf.heading("4. Allotissement");
		if (s.lots().isEmpty()) {
			pdf.paragraph("La consultation n'est pas allotie : la nature des prestations ne le permet pas.");
			return;
		}
		var rows = new ArrayList<List<String>>();
		for (int i = 0; i < s.lots().size(); i++) {
			var lot = s.lots().get(i);
			rows.add(List.of(String.valueOf(i + 1), lot.title(),
					lot.cpv() == null ? s.consultation().mainCpv() : lot.cpv(),
					lot.estimatedValue() == null ? "—" : money(lot.estimatedValue())));
		}
		pdf.table(List.of("Lot", "Intitulé", "CPV", "Valeur estimée HT"), rows, 0.08f, 0.54f, 0.16f, 0.22f);
	}

	private static String cpvTail(NewConsultation c) {
		return c.additionalCpv().isEmpty() ? ""
				: " ; codes additionnels : " + String.join(", ", c.additionalCpv());
	}

	private static String generalConditions(NewConsultation c) {
		var cpv = c.mainCpv();
		if (c.category() == Category.WORKS) {
			return "cahier des clauses administratives générales des marchés de travaux (CCAG-Travaux 2021)";
		}
		if (cpv.startsWith("72") || cpv.startsWith("302")) {
			return "cahier des clauses administratives générales des techniques de l'information et de la "
					+ "communication (CCAG-TIC 2021)";
		}
		if (cpv.startsWith("73")) {
			return "cahier des clauses administratives générales des prestations intellectuelles (CCAG-PI 2021)";
		}
		return "cahier des clauses administratives générales des fournitures courantes et services (CCAG-FCS 2021)";
	}

	static String category(Category category) {
		return switch (category) {
			case WORKS -> "travaux";
			case SUPPLIES -> "fournitures";
			case SERVICES -> "services";
		};
	}

	static String procedure(ProcedureType procedure) {
		return switch (procedure) {
			case MAPA -> "Procédure adaptée (MAPA)";
			case OPEN_TENDER -> "Appel d'offres ouvert";
			case RESTRICTED_TENDER -> "Appel d'offres restreint";
			case NEGOTIATED -> "Procédure avec négociation";
			case COMPETITIVE_DIALOGUE -> "Dialogue compétitif";
			case CONCESSION -> "Concession de services";
		};
	}

	static String money(BigDecimal amount) {
		var symbols = DecimalFormatSymbols.getInstance(Locale.FRENCH);
		symbols.setGroupingSeparator(' ');
		return new DecimalFormat("#,##0", symbols).format(amount) + " €";
	}

	static String deadline(Instant instant) {
		return DEADLINE.format(instant.atZone(LegalTime.ZONE));
	}
}
