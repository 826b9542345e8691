package fr.openmarches.question;

import java.util.Locale;

import fr.openmarches.identity.AccountId;

/** Who asked: kept in the register, never published. */
public record Asker(AccountId account, String name, String company, String email, Locale locale) {
}
