package fr.openmarches.organisation;

import java.util.List;

/**
 * A portal as visitors and administrators see it.
 *
 * @param organisations the organisations it shows, by name
 */
public record PortalView(String code, String name, String description, List<OrganisationView> organisations) {
}
