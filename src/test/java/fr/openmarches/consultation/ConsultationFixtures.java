package fr.openmarches.consultation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.openmarches.organisation.PurchasingEntityId;

/** Consultations for tests, drafted with sensible details and a unique reference. */
public final class ConsultationFixtures {

	private ConsultationFixtures() {
	}

	public static NewConsultation newConsultation(PurchasingEntityId entity, String title, Instant depositDeadline) {
		return new NewConsultation(entity, fr.openmarches.Fixtures.unique("REF").replace(' ', '-'), title,
				"Objet de la consultation « " + title + " ».", ProcedureType.MAPA, Category.SERVICES,
				new CpvCode("79710000-4"), List.of(), "75", new BigDecimal("50000"), null, depositDeadline, false,
				Set.of(Envelope.APPLICATION, Envelope.OFFER), false);
	}

	public static NewConsultation newTestConsultation(PurchasingEntityId entity, String title,
			Instant depositDeadline) {
		var details = newConsultation(entity, title, depositDeadline);
		return new NewConsultation(details.entity(), details.reference(), details.title(), details.object(),
				details.procedure(), details.category(), details.mainCpv(), details.additionalCpv(),
				details.department(), details.estimatedValue(), details.questionsDeadline(), details.depositDeadline(),
				details.signatureRequired(), details.envelopes(), true);
	}
}
