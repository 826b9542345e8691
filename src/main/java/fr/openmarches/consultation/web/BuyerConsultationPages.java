package fr.openmarches.consultation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.BuyerSearch;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationProperties;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.InvalidConsultationException;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.consultation.Violation;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.organisation.Department;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.Flash;
import fr.openmarches.platform.Pagination;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The buyer's consultations ({@code /acheteur/consultations}): the list of their entities'
 * consultations in every state, drafting a new one, revising a draft, and the page of each
 * consultation. Only buyers and entity administrators come here, and only for their entities.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
class BuyerConsultationPages {

	/** The fields of the consultation form, for errors shown next to them. */
	static final List<String> FORM_FIELDS = List.of("entity", "reference", "title", "object", "procedure", "category",
			"mainCpv", "additionalCpv", "lots", "department", "estimatedValue", "questionsDeadline", "depositDeadline",
			"envelopes", "restricted");

	private final BuyerConsultations buyers;

	private final BuyerViews views;

	private final ConsultationProperties properties;

	BuyerConsultationPages(BuyerConsultations buyers, BuyerViews views, ConsultationProperties properties) {
		this.buyers = buyers;
		this.views = views;
		this.properties = properties;
	}

	/**
	 * Forms are records, built from the request once: no field is set again afterwards (a list
	 * element such as {@code additionalCpv[1]} would otherwise be written into the record's list).
	 */
	@InitBinder({ "form", "typed" })
	void constructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@GetMapping(BuyerViews.BASE)
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String entity,
			@RequestParam(required = false) String state, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		var account = user.accountId();
		var entities = buyers.entitiesOf(account);
		var chosenEntity = PurchasingEntityId.parse(entity)
			.filter(id -> entities.stream().anyMatch(e -> e.id().equals(id)))
			.orElse(null);
		var chosenState = Arrays.stream(ConsultationState.values())
			.filter(s -> s.name().equals(state))
			.findFirst()
			.orElse(null);
		var results = buyers.search(account, new BuyerSearch(chosenEntity, chosenState, q), Math.max(0, page - 1),
				properties.pageSize());
		var counts = buyers.countByState(account, chosenEntity);
		model.addAttribute("entities", entities);
		model.addAttribute("entity", chosenEntity);
		model.addAttribute("state", chosenState);
		model.addAttribute("q", q);
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
		model.addAttribute("states", ConsultationState.values());
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(results, request));
		return "consultation/buyer/list";
	}

	@GetMapping(BuyerViews.BASE + "/nouvelle")
	String newConsultation(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String entity,
			Model model) {
		var entities = buyers.entitiesOf(user.accountId());
		var chosen = entities.size() == 1 ? entities.getFirst().id().toString()
				: entities.stream().map(e -> e.id().toString()).filter(id -> id.equals(entity)).findFirst().orElse("");
		model.addAttribute("form", ConsultationForm.empty(chosen));
		return form(user, null, model);
	}

	@PostMapping(BuyerViews.BASE)
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") ConsultationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var conversion = form.convert();
		var violations = merged(conversion.violations(),
				buyers.validate(user.accountId(), conversion.details(), null));
		if (violations.isEmpty()) {
			try {
				var id = buyers.draft(user.accountId(), conversion.details());
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("consultation.buyer.drafted"));
				return "redirect:" + BuyerViews.path(id);
			}
			catch (InvalidConsultationException e) {
				violations = e.violations();
			}
		}
		views.reject(errors, BuyerViews.firstPerField(violations), form::fieldOf, FORM_FIELDS);
		return form(user, null, model);
	}

	/**
	 * Adds or removes a row of lots or codes, keeping everything typed (htmx, or a plain post). The
	 * form is read under another name: the one shown has other rows, and its own binding.
	 */
	@PostMapping(BuyerViews.BASE + "/formulaire")
	String editNew(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("typed") ConsultationForm typed,
			@RequestParam(required = false) String action, Model model) {
		model.addAttribute("form", typed.edited(action));
		model.addAttribute("focus", action);
		return form(user, null, model);
	}

	@GetMapping(BuyerViews.BASE + "/{id}")
	String consultation(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
		return views.consultationPage(user.accountId(), views.consultation(user.accountId(), id), model);
	}

	@GetMapping(BuyerViews.BASE + "/{id}/modifier")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		if (consultation.state() != ConsultationState.DRAFT) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("consultation.buyer.notDraft"));
			return "redirect:" + BuyerViews.path(consultation.id());
		}
		model.addAttribute("form", ConsultationForm.of(consultation));
		return form(user, consultation.id(), model);
	}

	@PostMapping(BuyerViews.BASE + "/{id}/modifier")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@ModelAttribute("form") ConsultationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		if (consultation.state() != ConsultationState.DRAFT) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("consultation.buyer.notDraft"));
			return "redirect:" + BuyerViews.path(consultation.id());
		}
		var conversion = form.convert();
		var violations = merged(conversion.violations(),
				buyers.validate(user.accountId(), conversion.details(), consultation.id()));
		if (violations.isEmpty()) {
			try {
				buyers.revise(user.accountId(), consultation.id(), conversion.details());
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("consultation.buyer.revised"));
				return "redirect:" + BuyerViews.path(consultation.id());
			}
			catch (InvalidConsultationException e) {
				violations = e.violations();
			}
		}
		views.reject(errors, BuyerViews.firstPerField(violations), form::fieldOf, FORM_FIELDS);
		return form(user, consultation.id(), model);
	}

	@PostMapping(BuyerViews.BASE + "/{id}/formulaire")
	String editDraft(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@ModelAttribute("typed") ConsultationForm typed, @RequestParam(required = false) String action,
			Model model) {
		var consultation = views.consultation(user.accountId(), id);
		model.addAttribute("form", typed.edited(action));
		model.addAttribute("focus", action);
		return form(user, consultation.id(), model);
	}

	private String form(SignedInUser user, ConsultationId revised, Model model) {
		model.addAttribute("revised", revised);
		model.addAttribute("entities", buyers.entitiesOf(user.accountId()));
		model.addAttribute("procedures", ProcedureType.values());
		model.addAttribute("categories", Category.values());
		model.addAttribute("envelopeChoices", Envelope.values());
		model.addAttribute("departments", Department.all());
		model.addAttribute("thresholds", properties.euThresholds());
		return "consultation/buyer/form";
	}

	/**
	 * What the form could not read, then what the rules found, one explanation per field: a date
	 * that cannot be read is not also « required ».
	 */
	private static List<Violation> merged(List<Violation> unreadable, List<Violation> found) {
		Set<String> unreadableFields = unreadable.stream().map(Violation::field).collect(Collectors.toSet());
		var merged = new ArrayList<>(unreadable);
		found.stream().filter(v -> !unreadableFields.contains(v.field())).forEach(merged::add);
		return merged;
	}
}
