package fr.openmarches.company;

import java.util.ArrayList;
import java.util.List;

import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;

/**
 * What the Sirene register lets the sign-up form fill in for a company and one of its
 * establishments. Any field may be null: the register withholds some of them (partial diffusion,
 * article R123-232 of the commercial code), or does not know them yet; the person completes them.
 *
 * @param siret the establishment looked up, or the head office when a SIREN was given
 * @param headOffice whether {@code siret} is the head office
 * @param headOfficeSiret the head office's SIRET, when known
 * @param legalForm INSEE legal category code, e.g. {@code 5710}
 * @param sme from the INSEE company category: true for a PME, false for an ETI or a large company,
 * null when not yet categorised
 * @param category the INSEE company category (PME, ETI, GE), or null
 * @param address the head office's address
 * @param establishmentAddress the address of {@code siret}
 * @param active false when the company has ceased trading
 */
public record Prefill(Siren siren, Siret siret, boolean headOffice, Siret headOfficeSiret, String name,
		String activityCode, String legalForm, Boolean sme, String category, Place address,
		Place establishmentAddress, boolean partiallyDiffused, boolean active) {

	/** A postal address in France as far as the register gives it. */
	public record Place(String street, String postcode, String city) {

		public static final Place UNKNOWN = new Place(null, null, null);

		public boolean complete() {
			return street != null && postcode != null && city != null;
		}
	}

	/** The fields the register withheld or does not know, for the form to say which to complete. */
	public List<String> missing() {
		var missing = new ArrayList<String>();
		if (name == null) {
			missing.add("name");
		}
		if (activityCode == null) {
			missing.add("activityCode");
		}
		if (legalForm == null) {
			missing.add("legalForm");
		}
		if (sme == null) {
			missing.add("sme");
		}
		if (!address.complete()) {
			missing.add("address");
		}
		return missing;
	}
}
