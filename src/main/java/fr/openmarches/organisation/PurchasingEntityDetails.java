package fr.openmarches.organisation;

import fr.openmarches.platform.Siret;

/**
 * What identifies a purchasing entity and how to reach it, as a platform administrator corrects it.
 *
 * @param department code of the department where the entity sits ({@link Department})
 * @param phone optional
 */
public record PurchasingEntityDetails(String name, String acronym, Siret siret, PostalAddress address,
		String department, String email, String phone) {

	public ContactDetails contact() {
		return new ContactDetails(address, department, email, phone);
	}
}
