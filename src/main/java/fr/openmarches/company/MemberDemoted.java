package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/** An administrator became a simple member of their company again. */
public record MemberDemoted(CompanyId company, AccountId account) {
}
