package fr.openmarches.organisation;

import fr.openmarches.identity.AccountId;

/** An agent's appointment to a purchasing entity ended; they hold no role there any more. */
public record BuyerAgentDeactivated(AccountId account, PurchasingEntityId entity) {
}
