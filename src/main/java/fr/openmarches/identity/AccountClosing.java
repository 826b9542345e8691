package fr.openmarches.identity;

/**
 * An account is about to be closed, in the current transaction. Listen with a plain
 * {@code @EventListener} to let go of what belongs to the person, or throw
 * {@link AccountClosureRefusedException} to refuse.
 */
public record AccountClosing(AccountId account) {
}
