package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/** An administrator removed a person from their company. */
public record MemberRemoved(CompanyId company, AccountId account) {
}
