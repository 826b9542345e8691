package fr.openmarches.organisation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.AccountView;
import fr.openmarches.identity.Invitation;
import fr.openmarches.notification.Mailer;
import fr.openmarches.organisation.AgentChangeRefusedException.Reason;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Keeps the identity accounts of buyer agents in step with their appointments: opens (invites)
 * accounts for new agents, gives each person exactly the identity roles of their active
 * appointments, locks the account of someone left with none, and tells people by mail.
 */
@Component
class AgentAccounts {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final AccountService accounts;

	private final BuyerAgents agents;

	private final Mailer mailer;

	private final MessageSource messages;

	private final PlatformProperties platform;

	AgentAccounts(AccountService accounts, BuyerAgents agents, Mailer mailer, MessageSource messages,
			PlatformProperties platform) {
		this.accounts = accounts;
		this.agents = agents;
		this.mailer = mailer;
		this.messages = messages;
		this.platform = platform;
	}

	/**
	 * Appoints the person described by {@code agent} to {@code entity}: an existing account is
	 * appointed and told by mail (invited again if they have not joined yet); otherwise an account
	 * is opened and the person invited to choose a password. The caller saves the entity, then
	 * calls {@link #keepRolesInStep}.
	 * @throws AgentChangeRefusedException when the person is already an agent of the entity
	 */
	AccountId enlist(PurchasingEntity entity, NewAgent agent, String invitedBy, Locale locale, Instant now) {
		requireComplete(agent);
		var existing = accounts.findByEmail(agent.email());
		if (existing.isPresent()) {
			var account = existing.get();
			entity.agentOf(account.id()).ifPresent(found -> {
				throw new AgentChangeRefusedException(found.isActive() ? Reason.ALREADY_AGENT : Reason.DEACTIVATED_AGENT);
			});
			entity.appoint(account.id(), agent.roles(), now);
			if (account.invited()) {
				// Invited elsewhere and not joined yet: a fresh invitation, naming this entity, lets them in.
				accounts.reinvite(account.id(), invitedBy, joining(entity, locale), locale);
			}
			else {
				mailer.send(account.email(), "organisation/appointed", locale, Map.of("name", account.displayName(),
						"invitedBy", invitedBy, "entity", entity.displayName(), "roles", sorted(agent.roles()), "link",
						platform.link("/acheteur")));
			}
			unlockIfLocked(account);
			return account.id();
		}
		if (agent.roles() == null || agent.roles().isEmpty()) {
			throw new AgentChangeRefusedException(Reason.NO_ROLE);
		}
		var signInRoles = agent.roles().stream().map(AgentRole::signInRole).collect(Collectors.toSet());
		var account = accounts.invite(new Invitation(agent.email(), agent.givenName(), agent.familyName(),
				agent.phone(), signInRoles, invitedBy, joining(entity, locale)), locale);
		entity.appoint(account, agent.roles(), now);
		return account;
	}

	/** Sends a new invitation link to an agent who has not chosen a password yet. */
	void reinvite(PurchasingEntity entity, AccountId account, String invitedBy, Locale locale) {
		var view = accounts.find(account).orElseThrow(() -> new UnknownIdException("agent", account));
		if (!view.invited()) {
			throw new AgentChangeRefusedException(Reason.NOT_INVITED);
		}
		accounts.reinvite(account, invitedBy, joining(entity, locale), locale);
	}

	/**
	 * Gives the person exactly the identity roles of their active appointments (buyer-side roles
	 * only: their other roles are left alone). Reads every appointment of the person under a lock.
	 */
	void keepRolesInStep(AccountId account) {
		var active = agents.lockAllOf(account.value())
			.stream()
			.filter(BuyerAgent::isActive)
			.map(BuyerAgent::appointment)
			.toList();
		var held = AgentRole.signInRolesOf(active);
		for (var role : AgentRole.buyerSignInRoles()) {
			if (held.contains(role)) {
				accounts.grant(account, role);
			}
			else {
				accounts.revoke(account, role);
			}
		}
	}

	/**
	 * After a deactivation: a person left without any active appointment can no longer sign in; the
	 * sign-in page tells them why. They are told by mail either way.
	 */
	void afterDeactivation(PurchasingEntity entity, AccountId account, String decidedBy, Locale locale) {
		var stillAppointed = agents.findByAccountId(account.value()).stream().anyMatch(BuyerAgent::isActive);
		var view = accounts.find(account).orElseThrow();
		if (!stillAppointed && !view.locked()) {
			accounts.lock(account, messages.getMessage("organisation.agents.lockReason",
					new Object[] { entity.displayName(), decidedBy }, locale));
		}
		mailer.send(view.email(), "organisation/deactivated", locale, Map.of("name", view.displayName(), "entity",
				entity.displayName(), "decidedBy", decidedBy, "locked", !stillAppointed));
	}

	/**
	 * After a reactivation: an active appointment means the person may sign in again, so a locked
	 * account is unlocked (whoever locked it: an appointment is what lets a buyer in).
	 */
	void afterReactivation(PurchasingEntity entity, AccountId account, String decidedBy, Locale locale) {
		var view = accounts.find(account).orElseThrow();
		unlockIfLocked(view);
		mailer.send(view.email(), "organisation/reactivated", locale,
				Map.of("name", view.displayName(), "entity", entity.displayName(), "decidedBy", decidedBy, "link",
						platform.link("/connexion"), "resetLink", platform.link("/mot-de-passe/oubli")));
	}

	/** The agents of {@code entity}, by name, with what their accounts say of them. */
	List<AgentView> views(PurchasingEntity entity) {
		var people = accounts.findAll(entity.agents().stream().map(BuyerAgent::account).toList());
		return entity.agents()
			.stream()
			.filter(agent -> people.containsKey(agent.account()))
			.map(agent -> view(entity, agent, people.get(agent.account())))
			.sorted(Comparator.comparing((AgentView v) -> v.familyName().toLowerCase(Locale.ROOT))
				.thenComparing(v -> v.givenName().toLowerCase(Locale.ROOT))
				.thenComparing(AgentView::email))
			.toList();
	}

	/** Who is acting, as mails and lock reasons name them. */
	String nameOf(AccountId actor) {
		return accounts.find(actor).map(AccountView::displayName).orElseThrow();
	}

	private static AgentView view(PurchasingEntity entity, BuyerAgent agent, AccountView person) {
		var status = !agent.isActive() ? AgentStatus.DEACTIVATED
				: person.invited() ? AgentStatus.INVITED : AgentStatus.ACTIVE;
		return new AgentView(agent.account(), entity.id(), person.email(), person.givenName(), person.familyName(),
				person.phone(), agent.roles(), status, agent.appointedAt(), agent.deactivatedAt());
	}

	private void unlockIfLocked(AccountView account) {
		if (account.locked()) {
			accounts.unlock(account.id());
		}
	}

	private String joining(PurchasingEntity entity, Locale locale) {
		return messages.getMessage("organisation.agents.joining", new Object[] { entity.displayName() }, locale);
	}

	private static List<AgentRole> sorted(Set<AgentRole> roles) {
		return roles.stream().sorted().toList();
	}

	private static void requireComplete(NewAgent agent) {
		if (agent.email() == null || !EMAIL.matcher(agent.email().strip()).matches()) {
			throw new IllegalArgumentException("An agent needs a valid email address");
		}
		if (agent.givenName() == null || agent.givenName().isBlank() || agent.familyName() == null
				|| agent.familyName().isBlank()) {
			throw new IllegalArgumentException("An agent needs a first name and a name");
		}
	}
}
