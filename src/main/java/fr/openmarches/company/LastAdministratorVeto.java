package fr.openmarches.company;

import fr.openmarches.identity.AccountClosing;
import fr.openmarches.identity.AccountClosureRefusedException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When someone closes their account: a member leaves their company, but the last active
 * administrator of a company cannot go (it would be left with nobody to manage it); their closure
 * is refused, in the closing transaction, with a message saying what to do.
 */
@Component
class LastAdministratorVeto {

	private final Companies companies;

	LastAdministratorVeto(Companies companies) {
		this.companies = companies;
	}

	@EventListener
	void on(AccountClosing closing) {
		companies.findByMember(closing.account().value()).ifPresent(company -> {
			try {
				company.leave(closing.account());
			}
			catch (MembershipChangeRefusedException refused) {
				throw new AccountClosureRefusedException("company.closure.lastAdministrator", company.view().name());
			}
			companies.save(company);
		});
	}
}
