package fr.openmarches.opendata;

import java.time.Duration;

import fr.openmarches.MutableClock;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.NewLot;
import fr.openmarches.organisation.PurchasingEntityId;
import org.springframework.context.ApplicationContext;

/** Consultations whose contracts can be recorded: published, then closed by moving the clock. */
public final class ContractFixtures {

	private ContractFixtures() {
	}

	/** A services MAPA in Paris with two lots (CPV 90910000 and 77310000), closed. */
	public static ConsultationId closedWithTwoLots(ConsultationService consultations, ApplicationContext context,
			MutableClock clock, PurchasingEntityId entity, String title) {
		var id = consultations.draft(ConsultationFixtures.withLots(
				ConsultationFixtures.newConsultation(entity, title, clock.instant().plus(Duration.ofDays(10))),
				new NewLot("Nettoyage des bureaux", "90910000", null), new NewLot("Espaces verts", "77310000", null)));
		ConsultationFixtures.publish(consultations, id);
		clock.advance(Duration.ofDays(11));
		ConsultationFixtures.applyDue(context);
		return id;
	}

	/** A complete record's terms as the buyer API takes them, for one holder. */
	public static String terms(String decpId, String object, String siret, String amount, String notifiedOn) {
		return """
				{"decpId": "%s", "nature": "CONTRACT", "object": %s, "cpv": "90910000",
				 "techniques": ["NONE"], "executionModes": ["PURCHASE_ORDERS"], "innovative": false,
				 "ccag": "SUPPLIES_AND_SERVICES", "offersReceived": 3, "advance": true, "advanceRate": 0.05,
				 "grouping": "NONE", "subcontracting": false, "procedure": "ADAPTED", "placeCode": "75",
				 "placeType": "DEPARTMENT", "durationMonths": 36, "notifiedOn": "%s", "amount": %s,
				 "priceTypes": ["REVISABLE"], "priceForm": "UNIT", "social": ["CLAUSE"], "environmental": ["NONE"],
				 "holders": [{"idType": "SIRET", "identifier": "%s", "name": "Propreté Parisienne"}]}
				""".formatted(decpId, quoted(object), notifiedOn, amount, siret);
	}

	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
