package fr.openmarches.consultation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.organisation.PurchasingEntityId;

/** Consultations for tests, drafted with sensible details and a unique reference. */
public final class ConsultationFixtures {

	private ConsultationFixtures() {
	}

	/** A services MAPA in Paris, without lots, estimated at 50 000 €. */
	public static NewConsultation newConsultation(PurchasingEntityId entity, String title, Instant depositDeadline) {
		return new NewConsultation(entity, fr.openmarches.Fixtures.unique("REF").replace(' ', '-'), title,
				"Objet de la consultation « " + title + " ».", ProcedureType.MAPA, Category.SERVICES, "79710000",
				List.of(), List.of(), "75", new BigDecimal("50000"), null, depositDeadline, false,
				Set.of(Envelope.APPLICATION, Envelope.OFFER), false, false, false, false);
	}

	public static NewConsultation newTestConsultation(PurchasingEntityId entity, String title,
			Instant depositDeadline) {
		var d = newConsultation(entity, title, depositDeadline);
		return new NewConsultation(d.entity(), d.reference(), d.title(), d.object(), d.procedure(), d.category(),
				d.mainCpv(), d.additionalCpv(), d.lots(), d.department(), d.estimatedValue(), d.questionsDeadline(),
				d.depositDeadline(), d.signatureRequired(), d.envelopes(), d.restricted(), d.defenceOrSecurity(),
				d.utilities(), true);
	}

	/** The same consultation divided into {@code lots}. */
	public static NewConsultation withLots(NewConsultation d, NewLot... lots) {
		return new NewConsultation(d.entity(), d.reference(), d.title(), d.object(), d.procedure(), d.category(),
				d.mainCpv(), d.additionalCpv(), List.of(lots), d.department(), d.estimatedValue(), d.questionsDeadline(),
				d.depositDeadline(), d.signatureRequired(), d.envelopes(), d.restricted(), d.defenceOrSecurity(),
				d.utilities(), d.test());
	}

	/**
	 * Applies what the clock made due, as the scheduler would (closing at the deadline): for tests of
	 * other modules, which cannot reach the chronograph.
	 */
	public static void applyDue(org.springframework.context.ApplicationContext context) {
		context.getBean(Chronograph.class).checkDue();
	}

	/** A file with these bytes. */
	public static DocumentUpload file(String title, String fileName, byte[] content) {
		return new DocumentUpload(title, fileName, () -> new ByteArrayInputStream(content));
	}

	/**
	 * Attaches the rules, and the notice when the procedure needs one, and gives the draft a
	 * commission and an opening key (a publication requires them; the opening private key stays
	 * with {@code OpeningFixtures.openingKeyOf}), then publishes the draft.
	 */
	public static void publish(ConsultationService consultations, ConsultationId id) {
		try {
			consultations.attach(id, DocumentKind.RULES, file("Règlement de la consultation", "RC.pdf",
					"%PDF-1.7 règlement".getBytes(StandardCharsets.UTF_8)));
			if (consultations.check(id).missing().contains(Requirement.NOTICE)) {
				consultations.attach(id, DocumentKind.NOTICE, file("Avis de marché", "avis.pdf",
						"%PDF-1.7 avis".getBytes(StandardCharsets.UTF_8)));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		OpeningFixtures.prepare(id);
		consultations.publish(id);
	}
}
