package fr.openmarches.company;

import java.util.HashMap;
import java.util.Locale;

import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a company's administrators that someone joined it, so that they can check who it is and
 * lock or remove a stranger: anyone knowing a SIREN may join its company as a simple member.
 * People invited by an administrator are not announced (the administrators know them).
 */
@Component
class NewMemberNotice {

	static final String COLLABORATORS_PATH = "/entreprise/collaborateurs";

	private final Companies companies;

	private final AccountService accounts;

	private final Mailer mailer;

	private final PlatformProperties platform;

	NewMemberNotice(Companies companies, AccountService accounts, Mailer mailer, PlatformProperties platform) {
		this.companies = companies;
		this.accounts = accounts;
		this.mailer = mailer;
		this.platform = platform;
	}

	@ApplicationModuleListener
	void on(MemberJoined joined) {
		var company = companies.findById(joined.company().value()).map(Company::view).orElse(null);
		var newcomer = accounts.find(joined.account()).orElse(null);
		if (company == null || newcomer == null || newcomer.invited()) {
			return;
		}
		var member = company.member(joined.account()).orElse(null);
		if (member == null) {
			return;
		}
		var administrators = accounts.findAll(company.activeAdministrators());
		for (var administrator : administrators.values()) {
			var variables = new HashMap<String, Object>();
			variables.put("name", administrator.displayName());
			variables.put("company", company.name());
			variables.put("newcomer", newcomer.displayName());
			variables.put("email", newcomer.email());
			variables.put("establishment", member.establishment() == null ? null : member.establishment().formatted());
			variables.put("link", platform.link(COLLABORATORS_PATH));
			// Accounts keep no language: mail goes in the platform's default, French.
			mailer.send(administrator.email(), "company/member-joined", Locale.FRENCH, variables);
		}
	}
}
