package fr.openmarches.company;

import fr.openmarches.platform.Siren;
import fr.openmarches.identity.AccountId;

/** A company was registered on the platform by {@code founder}, its first administrator. */
public record CompanyRegistered(CompanyId company, Siren siren, String name, AccountId founder) {
}
