package fr.openmarches.identity;

import java.util.Set;

/**
 * Someone invited to the platform by someone else.
 *
 * @param invitedBy who invites, as the mail names them (« Claire Martin »)
 * @param joining what they are invited to join, as the mail names it (« la Direction générale de
 * l'armement »)
 */
public record Invitation(String email, String givenName, String familyName, String phone, Set<Role> roles,
		String invitedBy, String joining) {
}
