package fr.openmarches.organisation.web;

import java.util.Locale;
import java.util.UUID;

import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.AgentChangeRefusedException;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.AgentView;
import fr.openmarches.organisation.EntityAdministration;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An entity's administrators manage its agents: the list with each one's status and roles,
 * inviting someone, changing roles, deactivating and reactivating, sending an invitation again.
 * {@link EntityAdministration} checks, on every request, that the signed-in person administers
 * this entity and that the agent is one of its agents.
 */
@Controller
@RequestMapping("/acheteur/entites/{entity}/agents")
class AgentPages {

	private final EntityAdministration administration;

	AgentPages(EntityAdministration administration) {
		this.administration = administration;
	}

	@GetMapping
	String list(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity, Model model) {
		var id = new PurchasingEntityId(entity);
		model.addAttribute("entity", administration.entity(person.accountId(), id));
		model.addAttribute("agents", administration.agents(person.accountId(), id));
		return "organisation/buyer/agents";
	}

	@GetMapping("/inviter")
	String inviteForm(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity, Model model) {
		model.addAttribute("form", AgentForm.empty());
		return inviteForm(person, new PurchasingEntityId(entity), model);
	}

	@PostMapping("/inviter")
	String invite(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@ModelAttribute("form") AgentForm form, BindingResult errors, Locale locale, Model model,
			RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		administration.entity(person.accountId(), id);
		form.check(errors, true);
		if (!errors.hasErrors()) {
			try {
				administration.invite(person.accountId(), id, form.agent(), locale);
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.agents.invited", form.email().strip()));
				return "redirect:" + path(id);
			}
			catch (AgentChangeRefusedException e) {
				errors.rejectValue(e.reason() == AgentChangeRefusedException.Reason.NO_ROLE ? "roles" : "email",
						e.messageKey());
			}
		}
		return inviteForm(person, id, model);
	}

	@GetMapping("/{account}")
	String agent(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity, @PathVariable UUID account,
			Model model) {
		var agent = administration.agent(person.accountId(), new PurchasingEntityId(entity), new AccountId(account));
		model.addAttribute("form", new RolesForm(agent.roles()));
		return agentPage(person, agent, model);
	}

	@PostMapping("/{account}/roles")
	String changeRoles(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account, @ModelAttribute("form") RolesForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		var agent = administration.agent(person.accountId(), id, new AccountId(account));
		try {
			administration.changeRoles(person.accountId(), id, agent.account(), form.chosen());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("organisation.agents.rolesChanged", agent.displayName()));
			return "redirect:" + path(id);
		}
		catch (AgentChangeRefusedException e) {
			errors.rejectValue("roles", e.messageKey());
			return agentPage(person, agent, model);
		}
	}

	@GetMapping("/{account}/desactivation")
	String confirmDeactivation(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account, Model model) {
		var id = new PurchasingEntityId(entity);
		model.addAttribute("entity", administration.entity(person.accountId(), id));
		model.addAttribute("agent", administration.agent(person.accountId(), id, new AccountId(account)));
		return "organisation/buyer/agent-deactivation";
	}

	@PostMapping("/{account}/desactivation")
	String deactivate(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account, Locale locale, RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		var agent = administration.agent(person.accountId(), id, new AccountId(account));
		return act(redirect, id, agent, "organisation.agents.deactivated",
				() -> administration.deactivate(person.accountId(), id, agent.account(), locale));
	}

	@PostMapping("/{account}/reactivation")
	String reactivate(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account, Locale locale, RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		var agent = administration.agent(person.accountId(), id, new AccountId(account));
		return act(redirect, id, agent, "organisation.agents.reactivated",
				() -> administration.reactivate(person.accountId(), id, agent.account(), locale));
	}

	@PostMapping("/{account}/invitation")
	String reinvite(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID entity,
			@PathVariable UUID account, Locale locale, RedirectAttributes redirect) {
		var id = new PurchasingEntityId(entity);
		var agent = administration.agent(person.accountId(), id, new AccountId(account));
		return act(redirect, id, agent, "organisation.agents.reinvited",
				() -> administration.reinvite(person.accountId(), id, agent.account(), locale));
	}

	/** Does {@code action}; a refusal is explained at the top of the agents list. */
	private static String act(RedirectAttributes redirect, PurchasingEntityId entity, AgentView agent,
			String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey, agent.displayName()));
		}
		catch (AgentChangeRefusedException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
			return "redirect:" + path(entity) + "/" + agent.account().value();
		}
		return "redirect:" + path(entity);
	}

	private String inviteForm(SignedInUser person, PurchasingEntityId entity, Model model) {
		model.addAttribute("entity", administration.entity(person.accountId(), entity));
		model.addAttribute("roles", AgentRole.values());
		return "organisation/buyer/agent-invite";
	}

	private String agentPage(SignedInUser person, AgentView agent, Model model) {
		model.addAttribute("entity", administration.entity(person.accountId(), agent.entity()));
		model.addAttribute("agent", agent);
		model.addAttribute("roles", AgentRole.values());
		return "organisation/buyer/agent";
	}

	static String path(PurchasingEntityId entity) {
		return "/acheteur/entites/" + entity + "/agents";
	}
}
