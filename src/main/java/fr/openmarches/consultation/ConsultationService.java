package fr.openmarches.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.platform.BlobStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations as buyers' code changes them: draft, complete, publish, open, decide, cancel. Each
 * method loads the aggregate, asks it to make the change (it refuses what its state does not
 * allow) and saves it, which publishes the events it registered. Closing is not here: the
 * chronograph closes consultations when their deadline passes.
 */
@Service
@Transactional
public class ConsultationService {

	private final Consultations consultations;

	private final EntityDirectory directory;

	private final BlobStore blobs;

	private final Clock clock;

	ConsultationService(Consultations consultations, EntityDirectory directory, BlobStore blobs, Clock clock) {
		this.consultations = consultations;
		this.directory = directory;
		this.blobs = blobs;
		this.clock = clock;
	}

	/**
	 * Drafts a consultation.
	 * @throws IllegalArgumentException when the entity is unknown, the reference already used by
	 *         the entity, or a detail is invalid
	 */
	public ConsultationId draft(NewConsultation details) {
		if (details.entity() == null || directory.find(details.entity()).isEmpty()) {
			throw new IllegalArgumentException("No purchasing entity " + details.entity());
		}
		if (details.reference() != null && consultations
			.existsByPurchasingEntityIdAndReference(details.entity().value(), details.reference().strip())) {
			throw new IllegalArgumentException("Reference " + details.reference() + " is already used by this entity");
		}
		return consultations.save(Consultation.draft(details)).id();
	}

	public void addLot(ConsultationId id, NewLot lot) {
		change(id, consultation -> consultation.addLot(lot));
	}

	/**
	 * Stores {@code content} in the blob store and attaches it to the draft. Should the transaction
	 * roll back, the stored bytes stay unreferenced: harmless, since blobs are named by their hash.
	 */
	public void attach(ConsultationId id, DocumentKind kind, String title, String fileName, String mediaType,
			InputStream content) throws IOException {
		var consultation = load(id);
		var blob = blobs.put(content);
		consultation.attach(kind, title, fileName, mediaType, blob);
		consultations.save(consultation);
	}

	public void addPieceOnPaper(ConsultationId id, String title, String howToObtain) {
		change(id, consultation -> consultation.addPieceOnPaper(title, howToObtain));
	}

	public void publish(ConsultationId id) {
		change(id, consultation -> consultation.publish(clock.instant()));
	}

	public void open(ConsultationId id) {
		change(id, consultation -> consultation.open(clock.instant()));
	}

	public void award(ConsultationId id) {
		change(id, consultation -> consultation.award(clock.instant()));
	}

	public void declareUnsuccessful(ConsultationId id) {
		change(id, consultation -> consultation.declareUnsuccessful(clock.instant()));
	}

	public void cancel(ConsultationId id, String reason) {
		change(id, consultation -> consultation.cancel(clock.instant(), reason));
	}

	/**
	 * Brings a draft's past onto the platform: replays its transitions at the instants they
	 * happened, under the same rules as live ones, without publishing events (history is not news).
	 * For migrations from another platform and for demonstration data.
	 * @throws IllegalArgumentException when a transition lies in the future or out of order
	 */
	public void recordPast(ConsultationId id, List<PastTransition> transitions) {
		var now = clock.instant();
		var previous = Instant.MIN;
		for (var transition : transitions) {
			if (transition.at().isAfter(now) || transition.at().isBefore(previous)) {
				throw new IllegalArgumentException("Past transitions come in order and before now: " + transition);
			}
			previous = transition.at();
		}
		var consultation = load(id);
		transitions.forEach(consultation::replay);
		consultation.forgetEvents();
		consultations.save(consultation);
	}

	private void change(ConsultationId id, Consumer<Consultation> change) {
		var consultation = load(id);
		change.accept(consultation);
		consultations.save(consultation);
	}

	private Consultation load(ConsultationId id) {
		return consultations.findById(id.value())
			.orElseThrow(() -> new IllegalArgumentException("No consultation " + id));
	}
}
