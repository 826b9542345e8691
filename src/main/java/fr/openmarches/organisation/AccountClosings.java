package fr.openmarches.organisation;

import fr.openmarches.identity.AccountClosing;
import fr.openmarches.identity.AccountClosureRefusedException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person closes their account, their appointments go with it, in the same transaction;
 * the last active administrator of an entity may not leave it so, and the closure is refused
 * (a plain listener, so that refusing rolls the closure back).
 */
@Component
class AccountClosings {

	private final BuyerAgents agents;

	private final PurchasingEntities entities;

	AccountClosings(BuyerAgents agents, PurchasingEntities entities) {
		this.agents = agents;
		this.entities = entities;
	}

	@EventListener
	void forgetAppointments(AccountClosing closing) {
		for (var appointment : agents.findByAccountId(closing.account().value())) {
			var entity = entities.findForUpdate(appointment.entity().value()).orElseThrow();
			try {
				entity.forget(closing.account());
			}
			catch (AgentChangeRefusedException refused) {
				throw new AccountClosureRefusedException("organisation.agents.closing.lastAdministrator",
						entity.displayName());
			}
			entities.save(entity);
		}
	}
}
