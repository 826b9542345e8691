package fr.openmarches.organisation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator says of a portal.
 *
 * @param code its short name in addresses and filters: 2 to 40 lower-case letters, digits, dots
 * or hyphens (« achats-defense »); fixed once created
 * @param name what visitors read (« achats.defense.gouv.fr »)
 * @param description a sentence shown under the name; optional
 * @param organisations the organisations whose consultations it shows
 */
public record NewPortal(String code, String name, String description, Set<OrganisationId> organisations) {

	static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9.-]{1,39}");

	public NewPortal {
		code = code == null ? null : code.strip();
		name = name == null || name.isBlank() ? null : name.strip();
		description = description == null || description.isBlank() ? null : description.strip();
		organisations = organisations == null ? Set.of() : Set.copyOf(organisations);
	}

	/** Whether {@code code} can name a portal. */
	public static boolean isCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}
}
