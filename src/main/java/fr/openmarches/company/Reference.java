package fr.openmarches.company;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A contract the company carried out, shown on its fiche as a reference.
 *
 * @param client for whom, e.g. « Ville de Bourges »
 * @param year the year it ended, or null
 */
@Embeddable
public record Reference(@Column(nullable = false) String title, @Column(nullable = false) String client,
		Integer year, String description) {
}
