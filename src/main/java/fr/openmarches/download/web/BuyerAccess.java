package fr.openmarches.download.web;

import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.OrganisationService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Registers are read by the buyers of the consultation's purchasing entity only; anyone else is
 * told the consultation does not exist (404), so ids of other entities reveal nothing.
 */
@Component
class BuyerAccess {

	private final ConsultationCatalogue catalogue;

	private final OrganisationService organisations;

	BuyerAccess(ConsultationCatalogue catalogue, OrganisationService organisations) {
		this.catalogue = catalogue;
		this.organisations = organisations;
	}

	ConsultationDetails consultationOf(ConsultationId id, SignedInUser buyer) {
		var consultation = catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		boolean appointed = organisations.appointmentsOf(buyer.accountId())
			.stream()
			.anyMatch(appointment -> appointment.entity().equals(consultation.entity().id()));
		if (!appointed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return consultation;
	}
}
