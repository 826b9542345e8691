package fr.openmarches.company;

import fr.openmarches.identity.AccountId;

/** A person became a simple member of a company. */
public record MemberJoined(CompanyId company, AccountId account) {
}
