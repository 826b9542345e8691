package fr.openmarches.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.openmarches.consultation.ConsultationAwarded;
import fr.openmarches.consultation.ConsultationCancelled;
import fr.openmarches.consultation.ConsultationChanged;
import fr.openmarches.consultation.ConsultationClosed;
import fr.openmarches.consultation.ConsultationDeclaredUnsuccessful;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationOpened;
import fr.openmarches.consultation.ConsultationPublished;
import fr.openmarches.download.DceDownloaded;
import fr.openmarches.opening.CommissionKeyRecorded;
import fr.openmarches.question.AnswerPublished;
import fr.openmarches.question.QuestionAsked;

/**
 * Chains what the other modules tell by their events. Each listener runs after the event's
 * transaction committed, in its own, from the event publication registry: an entry is lost
 * neither by a crash nor by a failure (the publication stays incomplete and is delivered again),
 * and one delivered twice is chained once. Statements hold ids, times and counts only: never a
 * text a person wrote, never bid content.
 */
@Component
class EventEntries {

	private final EvidenceLog log;

	EventEntries(EvidenceLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(ConsultationPublished event) {
		var facts = about(event.consultation(), event.publishedAt());
		facts.put("entity", event.entity().value());
		facts.put("reference", event.reference());
		facts.put("depositDeadline", event.depositDeadline());
		facts.put("test", event.test());
		record(EvidenceKind.CONSULTATION_PUBLISHED, event.consultation().value(), event.consultation(), facts);
	}

	@ApplicationModuleListener
	void on(ConsultationChanged event) {
		var facts = about(event.consultation(), event.publishedAt());
		facts.put("number", event.number());
		facts.put("documents", event.documents()
			.stream()
			.map(d -> d.type() + " " + (d.document() == null ? "-" : d.document()) + " "
					+ (d.previous() == null ? "-" : d.previous()))
			.toList());
		// a change has no id of its own: its number within the consultation names it
		var change = UUID.nameUUIDFromBytes(("consultation-change:" + event.consultation().value() + ":"
				+ event.number()).getBytes(StandardCharsets.UTF_8));
		record(EvidenceKind.CONSULTATION_CHANGED, change, event.consultation(), facts);
	}

	@ApplicationModuleListener
	void on(ConsultationClosed event) {
		var facts = about(event.consultation(), event.closedAt());
		facts.put("depositDeadline", event.depositDeadline());
		record(EvidenceKind.CONSULTATION_CLOSED, event.consultation().value(), event.consultation(), facts);
	}

	@ApplicationModuleListener
	void on(ConsultationOpened event) {
		record(EvidenceKind.CONSULTATION_OPENED, event.consultation().value(), event.consultation(),
				about(event.consultation(), event.openedAt()));
	}

	@ApplicationModuleListener
	void on(ConsultationAwarded event) {
		record(EvidenceKind.CONSULTATION_AWARDED, event.consultation().value(), event.consultation(),
				about(event.consultation(), event.awardedAt()));
	}

	@ApplicationModuleListener
	void on(ConsultationDeclaredUnsuccessful event) {
		record(EvidenceKind.CONSULTATION_UNSUCCESSFUL, event.consultation().value(), event.consultation(),
				about(event.consultation(), event.declaredAt()));
	}

	@ApplicationModuleListener
	void on(ConsultationCancelled event) {
		// the reason is the buyer's public text, already on the consultation's page
		var facts = about(event.consultation(), event.cancelledAt());
		facts.put("reason", event.reason());
		record(EvidenceKind.CONSULTATION_CANCELLED, event.consultation().value(), event.consultation(), facts);
	}

	@ApplicationModuleListener
	void on(CommissionKeyRecorded event) {
		// the key's fingerprint, the quorum and how many hold a share: never a share, nor who holds one
		var facts = about(event.consultation(), event.recordedAt());
		facts.put("fingerprint", event.fingerprint());
		facts.put("quorum", event.quorum());
		facts.put("members", event.members());
		var ceremony = UUID.nameUUIDFromBytes(("commission-key:" + event.consultation().value() + ":"
				+ event.fingerprint()).getBytes(StandardCharsets.UTF_8));
		record(EvidenceKind.COMMISSION_KEY_RECORDED, ceremony, event.consultation(), facts);
	}

	@ApplicationModuleListener
	void on(DceDownloaded event) {
		// who downloaded is in the download register, not here: only whether it was identified
		var facts = about(event.consultation(), event.at());
		facts.put("download", event.download());
		facts.put("identified", event.identified());
		facts.put("pieces", event.pieces());
		record(EvidenceKind.DCE_DOWNLOADED, event.download(), event.consultation(), facts);
	}

	@ApplicationModuleListener
	void on(QuestionAsked event) {
		var facts = about(event.consultation(), event.at());
		facts.put("question", event.question());
		record(EvidenceKind.QUESTION_ASKED, event.question(), event.consultation(), facts);
	}

	@ApplicationModuleListener
	void on(AnswerPublished event) {
		var facts = about(event.consultation(), event.at());
		facts.put("question", event.question());
		record(EvidenceKind.ANSWER_PUBLISHED, event.question(), event.consultation(), facts);
	}

	private void record(EvidenceKind kind, UUID subject, ConsultationId consultation, Map<String, Object> facts) {
		facts.put("kind", kind.name());
		log.record(kind, subject, consultation.value(), facts);
	}

	private static Map<String, Object> about(ConsultationId consultation, Instant at) {
		var facts = new LinkedHashMap<String, Object>();
		facts.put("consultation", consultation.value());
		facts.put("at", at);
		return facts;
	}
}
