package fr.openmarches.company;

import java.util.Objects;

import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;

/**
 * The company a person says they belong to, as the sign-up form describes it: its number, and
 * what to register if nobody has registered it yet.
 *
 * @param siren the company's SIREN; null for a company established abroad
 * @param siret the establishment the person works at, or null (a SIREN alone, or abroad)
 * @param siretIsHeadOffice whether {@code siret} is the head office (then at the company's address)
 * @param establishmentAddress the address of {@code siret} when it is not the head office
 * @param headOffice the head office's SIRET when known (the Sirene register gives it), or null
 * @param country for a company established abroad, ISO 3166 code of its country
 * @param nationalId for a company established abroad, its identifier in its country's register
 * @param company what to register when the company is not on the platform yet; ignored otherwise
 */
public record Affiliation(Siren siren, Siret siret, boolean siretIsHeadOffice, Address establishmentAddress,
		Siret headOffice, String country, String nationalId, NewCompany company) {

	public Affiliation {
		if (siren == null && (country == null || nationalId == null || nationalId.isBlank())) {
			throw new IllegalArgumentException("A company is named by its SIREN, or by its country and national identifier");
		}
		if (siret != null && !siret.siren().equals(siren)) {
			throw new IllegalArgumentException("SIRET " + siret + " is not an establishment of SIREN " + siren);
		}
		if (headOffice != null && !headOffice.siren().equals(siren)) {
			throw new IllegalArgumentException("SIRET " + headOffice + " is not an establishment of SIREN " + siren);
		}
	}

	/** A company of the Sirene register. */
	public static Affiliation inFrance(Siren siren, Siret siret, boolean siretIsHeadOffice,
			Address establishmentAddress, Siret headOffice, NewCompany company) {
		return new Affiliation(Objects.requireNonNull(siren, "siren"), siret, siretIsHeadOffice, establishmentAddress,
				headOffice, null, null, company);
	}

	/** A company established abroad. */
	public static Affiliation abroad(String country, String nationalId, NewCompany company) {
		return new Affiliation(null, null, false, null, null, country, nationalId, company);
	}

	/** The number under which registrations of this company are serialised. */
	String number() {
		return siren != null ? siren.value() : country + ":" + Company.normaliseNationalId(nationalId);
	}
}
