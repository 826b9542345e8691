package fr.openmarches.company;

import java.time.Instant;

/**
 * A product fiche as anyone may read it.
 *
 * @param image the type of its picture, or null when it has none
 */
public record ProductView(ProductId id, CompanyId company, String name, String description, String cpvCode,
		ImageType image, Instant updatedAt) {

	public boolean hasImage() {
		return image != null;
	}
}
