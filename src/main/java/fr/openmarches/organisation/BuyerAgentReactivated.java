package fr.openmarches.organisation;

import java.util.Set;

import fr.openmarches.identity.AccountId;

/** A deactivated agent was appointed again, with the roles they held before. */
public record BuyerAgentReactivated(AccountId account, PurchasingEntityId entity, Set<AgentRole> roles) {
}
