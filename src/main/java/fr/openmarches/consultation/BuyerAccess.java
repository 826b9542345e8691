package fr.openmarches.consultation;

import java.util.NoSuchElementException;

import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.OrganisationService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a buyer may reach: the public consultations of the purchasing entities they are appointed
 * to. Anything else is "not found", so that ids of other entities reveal nothing.
 */
@Component
public class BuyerAccess {

	private final ConsultationCatalogue catalogue;

	private final OrganisationService organisations;

	BuyerAccess(ConsultationCatalogue catalogue, OrganisationService organisations) {
		this.catalogue = catalogue;
		this.organisations = organisations;
	}

	/** @throws NoSuchElementException when it is not a public consultation of the buyer's entities */
	@Transactional(readOnly = true)
	public ConsultationDetails consultationFor(ConsultationId id, AccountId buyer) {
		var consultation = catalogue.find(id).orElseThrow();
		boolean appointed = organisations.appointmentsOf(buyer)
			.stream()
			.anyMatch(appointment -> appointment.entity().equals(consultation.entity().id()));
		if (!appointed) {
			throw new NoSuchElementException("Consultation " + id + " is not one of this buyer's");
		}
		return consultation;
	}
}
