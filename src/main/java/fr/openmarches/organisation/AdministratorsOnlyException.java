package fr.openmarches.organisation;

/**
 * The person acts for this purchasing entity but is not one of its administrators: they may see
 * that the entity exists, not manage it (a 403).
 */
public class AdministratorsOnlyException extends RuntimeException {

	public AdministratorsOnlyException(PurchasingEntityId entity) {
		super("Only the administrators of " + entity + " may do this", null, false, false);
	}
}
