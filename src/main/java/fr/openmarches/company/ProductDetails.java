package fr.openmarches.company;

/**
 * What a product fiche says.
 *
 * @param cpvCode the CPV code of the product, eight digits
 */
public record ProductDetails(String name, String description, String cpvCode) {

	public static final int MAX_NAME = 200;

	public static final int MAX_DESCRIPTION = 4000;
}
