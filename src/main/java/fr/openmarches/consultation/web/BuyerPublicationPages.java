package fr.openmarches.consultation.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.Addendum;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationProperties;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.DeadlinePassedException;
import fr.openmarches.consultation.DocumentRefusedException;
import fr.openmarches.consultation.DocumentUpload;
import fr.openmarches.consultation.IllegalTransitionException;
import fr.openmarches.consultation.InvalidConsultationException;
import fr.openmarches.consultation.PublicationRefusedException;
import fr.openmarches.consultation.Violation;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps that change what suppliers see: review a draft and publish it (« Vérifier et
 * publier »), publish a change (addendum) to a public consultation's documents, and stop a
 * consultation (sans suite) with a reason.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
class BuyerPublicationPages {

	private final BuyerConsultations buyers;

	private final BuyerViews views;

	private final ConsultationFormats formats;

	private final ConsultationProperties properties;

	BuyerPublicationPages(BuyerConsultations buyers, BuyerViews views, ConsultationFormats formats,
			ConsultationProperties properties) {
		this.buyers = buyers;
		this.views = views;
		this.formats = formats;
		this.properties = properties;
	}

	/** Forms are records, built from the request once (see {@code BuyerConsultationPages}). */
	@InitBinder({ "change", "cancellation" })
	void constructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping(BuyerViews.BASE + "/{id}/publication")
	String review(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		if (consultation.state() != ConsultationState.DRAFT) {
			return notAllowed(consultation, redirect);
		}
		model.addAttribute("consultation", consultation);
		model.addAttribute("check", buyers.check(user.accountId(), consultation.id()));
		model.addAttribute("thresholds", properties.euThresholds());
		return "consultation/buyer/review";
	}

	@PostMapping(BuyerViews.BASE + "/{id}/publication")
	String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		try {
			buyers.publish(user.accountId(), consultation.id());
		}
		catch (PublicationRefusedException incomplete) {
			// something changed since the review (a deadline passed): show the review again
			return review(user, id, model, redirect);
		}
		catch (IllegalTransitionException notDraft) {
			return notAllowed(consultation, redirect);
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("consultation.buyer.published"));
		return "redirect:" + BuyerViews.path(consultation.id());
	}

	@GetMapping(BuyerViews.BASE + "/{id}/modification")
	String changeForm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		if (consultation.state() != ConsultationState.PUBLISHED) {
			return notAllowed(consultation, redirect);
		}
		model.addAttribute("change", DocumentForms.Change.empty());
		return changePage(consultation, model);
	}

	@PostMapping(BuyerViews.BASE + "/{id}/modification")
	String publishChange(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@ModelAttribute("change") DocumentForms.Change change, BindingResult errors, Model model,
			RedirectAttributes redirect) throws IOException {
		var consultation = views.consultation(user.accountId(), id);
		if (consultation.state() != ConsultationState.PUBLISHED) {
			return notAllowed(consultation, redirect);
		}
		List<Violation> violations;
		try {
			int number = buyers.publishChange(user.accountId(), consultation.id(), addendum(change));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("consultation.buyer.changePublished", number));
			return "redirect:" + BuyerViews.path(consultation.id()) + "#history";
		}
		catch (DocumentRefusedException refused) {
			violations = List.of(formats.readable(refused.violation("documents")));
		}
		catch (InvalidConsultationException invalid) {
			violations = invalid.violations();
		}
		catch (IllegalTransitionException | DeadlinePassedException tooLate) {
			return notAllowed(consultation, redirect);
		}
		views.reject(errors, violations, Violation::field, List.of("reason"));
		model.addAttribute("filesToChooseAgain", !change.addedPiece().isEmpty()
				|| change.replacement().stream().anyMatch(DocumentForms::chosen));
		return changePage(consultation, model);
	}

	@GetMapping(BuyerViews.BASE + "/{id}/annulation")
	String cancelForm(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		if (!ConsultationState.CANCELLABLE.contains(consultation.state())) {
			return notAllowed(consultation, redirect);
		}
		model.addAttribute("consultation", consultation);
		model.addAttribute("cancellation", DocumentForms.Cancellation.empty());
		return "consultation/buyer/cancel";
	}

	@PostMapping(BuyerViews.BASE + "/{id}/annulation")
	String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@ModelAttribute("cancellation") DocumentForms.Cancellation cancellation, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		try {
			buyers.cancel(user.accountId(), consultation.id(), cancellation.reason());
		}
		catch (InvalidConsultationException invalid) {
			views.reject(errors, invalid.violations(), Violation::field, List.of("reason"));
			model.addAttribute("consultation", consultation);
			return "consultation/buyer/cancel";
		}
		catch (IllegalTransitionException notCancellable) {
			return notAllowed(consultation, redirect);
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("consultation.buyer.cancelled"));
		return "redirect:" + BuyerViews.path(consultation.id());
	}

	private String changePage(ConsultationDetails consultation, Model model) {
		model.addAttribute("consultation", consultation);
		return "consultation/buyer/change";
	}

	/** The form's rows as an addendum: rows left without a file replace nothing. */
	private static Addendum addendum(DocumentForms.Change change) {
		var replacements = new ArrayList<Addendum.Replacement>();
		for (int i = 0; i < change.replacedDocument().size() && i < change.replacement().size(); i++) {
			var file = change.replacement().get(i);
			if (DocumentForms.chosen(file)) {
				replacements.add(new Addendum.Replacement(uuid(change.replacedDocument().get(i)),
						new DocumentUpload(null, file.getOriginalFilename(), file)));
			}
		}
		var removals = change.removedDocument().stream().map(BuyerPublicationPages::uuid).toList();
		var additions = change.addedPiece()
			.stream()
			.map(file -> new DocumentUpload(null, file.getOriginalFilename(), file))
			.toList();
		return new Addendum(change.reason(), replacements, removals, additions);
	}

	/** A document id from the form; one that cannot be read names no document (the change says so). */
	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return new UUID(0, 0);
		}
	}

	private static String notAllowed(ConsultationDetails consultation, RedirectAttributes redirect) {
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("consultation.buyer.notAllowed"));
		return "redirect:" + BuyerViews.path(consultation.id());
	}
}
