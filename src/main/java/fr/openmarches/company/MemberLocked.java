package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/**
 * An administrator locked a member: they may no longer sign in, and are told {@code reason} when
 * they try.
 */
public record MemberLocked(CompanyId company, AccountId account, String reason) {
}
