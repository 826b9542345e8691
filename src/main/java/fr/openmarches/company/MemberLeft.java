package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/** A person left their company (to close their account or to move to another company). */
public record MemberLeft(CompanyId company, AccountId account) {
}
