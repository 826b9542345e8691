package fr.openmarches.consultation;

import fr.openmarches.organisation.OrganisationKind;

/**
 * What sort of public buyer awards a consultation, as the EU thresholds for supplies and services
 * tell them apart.
 */
public enum BuyerKind {

	/** Central government authorities (autorités publiques centrales): ministries and their services. */
	CENTRAL_GOVERNMENT,

	/** Every other contracting authority (autres pouvoirs adjudicateurs): agencies, local authorities. */
	OTHER_CONTRACTING_AUTHORITY;

	/**
	 * The kind of an organisation of the directory: a ministry is a central government authority;
	 * an agency (établissement public) counts among the others.
	 */
	public static BuyerKind of(OrganisationKind organisation) {
		return organisation == OrganisationKind.MINISTRY ? CENTRAL_GOVERNMENT : OTHER_CONTRACTING_AUTHORITY;
	}
}
