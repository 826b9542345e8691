package fr.openmarches.organisation;

import java.util.List;

import fr.openmarches.platform.Siret;

/**
 * What it takes to create a purchasing entity.
 *
 * @param department code of the department where the entity sits ({@link Department})
 * @param offices names of its services, in the order they are listed
 */
public record NewPurchasingEntity(String name, String acronym, Siret siret, PostalAddress address, String department,
		String email, String phone, List<String> offices) {
}
