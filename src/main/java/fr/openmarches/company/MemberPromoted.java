package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/** A member became an administrator of their company. */
public record MemberPromoted(CompanyId company, AccountId account) {
}
