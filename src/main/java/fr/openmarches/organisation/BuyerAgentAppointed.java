package fr.openmarches.organisation;

import java.util.Set;

import fr.openmarches.identity.AccountId;

/** A person was given roles in a purchasing entity (or more roles than before). */
public record BuyerAgentAppointed(AccountId account, PurchasingEntityId entity, Set<AgentRole> roles) {
}
