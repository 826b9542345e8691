package fr.openmarches.organisation;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The consultations a purchasing entity has open, for its directory page. The consultation module
 * implements it: it depends on this module, so this module asks through this interface rather
 * than depending back on it.
 */
public interface OpenConsultationsOfEntity {

	/** The entity's published consultations, the soonest deadline first. */
	List<OpenConsultation> of(PurchasingEntityId entity);

	/**
	 * @param link where the consultation's page is
	 * @param depositDeadline the deadline for deposits, in Europe/Paris
	 */
	record OpenConsultation(UUID id, String reference, String title, String link, ZonedDateTime depositDeadline) {
	}
}
