package fr.openmarches.consultation;

import java.util.List;

import fr.openmarches.organisation.OpenConsultationsOfEntity;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.LegalTime;
import org.springframework.stereotype.Component;

/** Tells the directory of purchasing entities which consultations an entity has open. */
@Component
class OpenConsultationsForDirectory implements OpenConsultationsOfEntity {

	private final ConsultationCatalogue catalogue;

	OpenConsultationsForDirectory(ConsultationCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@Override
	public List<OpenConsultation> of(PurchasingEntityId entity) {
		return catalogue.openAt(entity)
			.stream()
			.map(c -> new OpenConsultation(c.id().value(), c.reference(), c.title(), "/consultations/" + c.id(),
					c.depositDeadline().atZone(LegalTime.ZONE)))
			.toList();
	}
}
