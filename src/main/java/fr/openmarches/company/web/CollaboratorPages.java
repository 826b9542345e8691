package fr.openmarches.company.web;

import java.util.Locale;
import java.util.UUID;

import fr.openmarches.company.Collaborator;
import fr.openmarches.company.CompanyAdministration;
import fr.openmarches.company.MembershipChangeRefusedException;
import fr.openmarches.company.NotInCompanyException;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.EmailAlreadyUsedException;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /entreprise/collaborateurs}: the company's administrators manage its members — invite,
 * promote and demote, lock (with a reason told at sign-in) and unlock, remove, correct their
 * details. Ids are account ids; one that is not of the administrator's company is a 404.
 */
@Controller
class CollaboratorPages {

	static final String LIST = "/entreprise/collaborateurs";

	private final CompanyAdministration administration;

	private final CompanySpaceModel space;

	CollaboratorPages(CompanyAdministration administration, CompanySpaceModel space) {
		this.administration = administration;
		this.space = space;
	}

	@GetMapping(LIST)
	String list(@AuthenticationPrincipal SignedInUser person, Model model) {
		model.addAttribute("collaborators", administration.collaborators(person.accountId()));
		space.fill(person, model);
		return "company/collaborators";
	}

	@PostMapping(LIST + "/{id}/promotion")
	String promote(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, RedirectAttributes redirect) {
		var member = member(person, id);
		return act(redirect, () -> administration.promote(person.accountId(), member.account()),
				"company.collaborators.promoted", member);
	}

	@PostMapping(LIST + "/{id}/retrogradation")
	String demote(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, RedirectAttributes redirect) {
		var member = member(person, id);
		return act(redirect, () -> administration.demote(person.accountId(), member.account()),
				"company.collaborators.demoted", member);
	}

	@GetMapping(LIST + "/{id}/verrouillage")
	String lockForm(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, Model model) {
		model.addAttribute("collaborator", member(person, id));
		model.addAttribute("form", new LockForm(null));
		space.fill(person, model);
		return "company/collaborator-lock";
	}

	@PostMapping(LIST + "/{id}/verrouillage")
	String lock(@AuthenticationPrincipal SignedInUser person, @PathVariable String id,
			@ModelAttribute("form") LockForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var member = member(person, id);
		form.check(errors);
		if (errors.hasErrors()) {
			model.addAttribute("collaborator", member);
			space.fill(person, model);
			return "company/collaborator-lock";
		}
		return act(redirect, () -> administration.lock(person.accountId(), member.account(), form.reason()),
				"company.collaborators.locked", member);
	}

	@PostMapping(LIST + "/{id}/deverrouillage")
	String unlock(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, RedirectAttributes redirect) {
		var member = member(person, id);
		return act(redirect, () -> administration.unlock(person.accountId(), member.account()),
				"company.collaborators.unlocked", member);
	}

	@GetMapping(LIST + "/{id}/retrait")
	String removeForm(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, Model model) {
		model.addAttribute("collaborator", member(person, id));
		space.fill(person, model);
		return "company/collaborator-remove";
	}

	@PostMapping(LIST + "/{id}/retrait")
	String remove(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, RedirectAttributes redirect) {
		var member = member(person, id);
		return act(redirect, () -> administration.remove(person.accountId(), member.account()),
				"company.collaborators.removed", member);
	}

	@GetMapping(LIST + "/{id}")
	String edit(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, Model model) {
		var member = member(person, id);
		model.addAttribute("collaborator", member);
		model.addAttribute("form", ContactForm.of(member));
		space.fill(person, model);
		return "company/collaborator";
	}

	@PostMapping(LIST + "/{id}")
	String correct(@AuthenticationPrincipal SignedInUser person, @PathVariable String id,
			@ModelAttribute("form") ContactForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		var member = member(person, id);
		form.check(errors);
		if (errors.hasErrors()) {
			model.addAttribute("collaborator", member);
			space.fill(person, model);
			return "company/collaborator";
		}
		administration.correct(person.accountId(), member.account(), form.correction());
		redirect.addFlashAttribute(Flash.ATTRIBUTE,
				Flash.success("company.collaborators.corrected", form.givenName().strip() + " " + form.familyName().strip()));
		return "redirect:" + LIST;
	}

	@GetMapping(LIST + "/invitation")
	String inviteForm(@AuthenticationPrincipal SignedInUser person, Model model) {
		space.fillForAdministrator(person, model);
		model.addAttribute("form", InvitationForm.empty());
		return "company/collaborator-invite";
	}

	@PostMapping(LIST + "/invitation")
	String invite(@AuthenticationPrincipal SignedInUser person, @ModelAttribute("form") InvitationForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		form.check(errors);
		if (!errors.hasErrors()) {
			try {
				administration.invite(person.accountId(), form.invitee(), locale);
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("company.collaborators.invited", form.email().strip()));
				return "redirect:" + LIST;
			}
			catch (EmailAlreadyUsedException e) {
				errors.rejectValue("email", "company.signup.error.emailTaken");
			}
		}
		space.fillForAdministrator(person, model);
		return "company/collaborator-invite";
	}

	/** A member of the person's company (administrators only); any other id is a 404. */
	private Collaborator member(SignedInUser person, String id) {
		AccountId account;
		try {
			account = new AccountId(UUID.fromString(id));
		}
		catch (IllegalArgumentException e) {
			throw new NotInCompanyException("member", id);
		}
		return administration.collaborator(person.accountId(), account);
	}

	private static String act(RedirectAttributes redirect, Runnable action, String doneKey, Collaborator member) {
		try {
			action.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(doneKey, member.displayName()));
		}
		catch (MembershipChangeRefusedException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), member.displayName()));
		}
		return "redirect:" + LIST;
	}
}
