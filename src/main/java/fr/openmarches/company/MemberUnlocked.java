package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/** A locked member may act for their company again. */
public record MemberUnlocked(CompanyId company, AccountId account) {
}
