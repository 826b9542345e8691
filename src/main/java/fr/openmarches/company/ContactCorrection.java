package fr.openmarches.company;

/**
 * An administrator's correction of a collaborator's details.
 *
 * @param phone blank: none
 * @param fax blank: none
 */
public record ContactCorrection(String givenName, String familyName, String phone, String fax) {
}
