package fr.openmarches.organisation;

import java.util.Set;

import fr.openmarches.identity.AccountId;

/** A person's roles as a buyer agent of a purchasing entity. */
public record Appointment(AccountId account, PurchasingEntityId entity, Set<AgentRole> roles) {
}
