package fr.openmarches.organisation;

import java.util.Set;

import fr.openmarches.identity.AccountId;

/** The roles of an agent of a purchasing entity were replaced by {@code roles}. */
public record BuyerAgentRolesChanged(AccountId account, PurchasingEntityId entity, Set<AgentRole> roles) {
}
