package fr.openmarches.organisation;

/**
 * How to reach a purchasing entity, which its administrators keep up to date (its name and SIRET
 * are the platform administrators' to change).
 *
 * @param department code of the department where the entity sits ({@link Department})
 * @param phone optional
 */
public record ContactDetails(PostalAddress address, String department, String email, String phone) {
}
