package fr.openmarches.opendata.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opendata.ContractId;
import fr.openmarches.opendata.ContractRefusedException;
import fr.openmarches.opendata.ContractStateException;
import fr.openmarches.opendata.ContractView;
import fr.openmarches.opendata.Contracts;
import fr.openmarches.opendata.DecpCodes;
import fr.openmarches.opendata.NoSuchContractException;
import fr.openmarches.platform.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Contrats » in the buyer's consultation pages: the record of each lot, its form, the problems
 * that stop its publication, and the publication. Buyers of the consultation's entity only;
 * anyone else: 404.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
class BuyerContractPages {

	private final Contracts contracts;

	BuyerContractPages(Contracts contracts) {
		this.contracts = contracts;
	}

	@GetMapping("/acheteur/consultations/{id}/contrats")
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
		var consultation = contracts.consultation(user.accountId(), consultation(id));
		var records = contracts.ofConsultation(user.accountId(), consultation.id());
		model.addAttribute("consultation", consultation);
		model.addAttribute("rows", LotRow.of(consultation, records));
		return "opendata/buyer-contracts";
	}

	@PostMapping("/acheteur/consultations/{id}/contrats")
	String create(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@RequestParam(required = false) Integer lot, RedirectAttributes redirect) {
		var consultation = consultation(id);
		try {
			var made = contracts.create(user.accountId(), consultation, lot);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("opendata.buyer.created"));
			return "redirect:/acheteur/consultations/" + consultation + "/contrats/" + made.id();
		}
		catch (ContractStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
			return "redirect:/acheteur/consultations/" + consultation + "/contrats";
		}
	}

	@GetMapping("/acheteur/consultations/{id}/contrats/{contract}")
	String record(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable String contract,
			Model model, Locale locale) {
		var view = mine(user, id, contract);
		return page(user, view, model, locale, null);
	}

	@PostMapping("/acheteur/consultations/{id}/contrats/{contract}")
	String revise(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable String contract,
			@ModelAttribute ContractForm form, Model model, Locale locale, RedirectAttributes redirect) {
		var view = mine(user, id, contract);
		try {
			contracts.revise(user.accountId(), view.id(), form.terms());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("opendata.buyer.saved"));
			return "redirect:/acheteur/consultations/" + view.consultation() + "/contrats/" + view.id();
		}
		catch (ContractRefusedException e) {
			model.addAttribute(Flash.ATTRIBUTE, Flash.error("opendata.buyer.notSaved"));
			model.addAttribute("form", form);
			return page(user, view, model, locale, e.problems());
		}
		catch (ContractStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
			return "redirect:/acheteur/consultations/" + view.consultation() + "/contrats/" + view.id();
		}
	}

	@PostMapping("/acheteur/consultations/{id}/contrats/{contract}/publication")
	String publish(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable String contract,
			Model model, Locale locale, RedirectAttributes redirect) {
		var view = mine(user, id, contract);
		try {
			contracts.publish(user.accountId(), view.id(), locale);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("opendata.buyer.published"));
		}
		catch (ContractRefusedException e) {
			model.addAttribute(Flash.ATTRIBUTE, Flash.error("opendata.buyer.notPublished"));
			return page(user, view, model, locale, e.problems());
		}
		catch (ContractStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
		}
		return "redirect:/acheteur/consultations/" + view.consultation() + "/contrats/" + view.id();
	}

	@PostMapping("/acheteur/consultations/{id}/contrats/{contract}/modifications")
	String modify(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable String contract,
			@RequestParam(required = false) String notifiedOn, @RequestParam(required = false) String durationMonths,
			@RequestParam(required = false) String amount, Locale locale, RedirectAttributes redirect) {
		var view = mine(user, id, contract);
		try {
			contracts.modify(user.accountId(), view.id(), date(notifiedOn), integer(durationMonths), decimal(amount), locale);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("opendata.buyer.modified"));
		}
		catch (ContractRefusedException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.problems().getFirst().messageKey(),
					e.problems().getFirst().arguments().stream().map(a -> (java.io.Serializable) String.valueOf(a)).toArray()));
		}
		catch (ContractStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
		}
		return "redirect:/acheteur/consultations/" + view.consultation() + "/contrats/" + view.id() + "#modifications";
	}

	private static java.time.LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : java.time.LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}

	/** A number as typed; a wrong one becomes 0, which the rules refuse with their message. */
	private static Integer integer(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private static java.math.BigDecimal decimal(String text) {
		try {
			return text == null || text.isBlank() ? null
					: new java.math.BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00A0", "").replace("\u202F", ""));
		}
		catch (NumberFormatException e) {
			return java.math.BigDecimal.ZERO;
		}
	}

	private String page(SignedInUser user, ContractView view, Model model, Locale locale,
			List<fr.openmarches.consultation.Violation> problems) {
		model.addAttribute("consultation", contracts.consultation(user.accountId(), view.consultation()));
		model.addAttribute("contract", view);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", Forms.of(view.terms()));
		}
		model.addAttribute("problems", problems != null ? problems
				: view.published() ? List.of() : contracts.check(user.accountId(), view.id(), locale));
		model.addAttribute("submitted", problems != null);
		model.addAttribute("codes", Codes.INSTANCE);
		model.addAttribute("modifications", view.published() ? contracts.modifications(user.accountId(), view.id()) : List.of());
		return "opendata/buyer-contract";
	}

	private ContractView mine(SignedInUser user, String id, String contract) {
		var consultation = consultation(id);
		var view = contracts.find(user.accountId(),
				ContractId.parse(contract).orElseThrow(() -> new NoSuchContractException("contract")));
		if (!view.consultation().equals(consultation)) {
			throw new NoSuchContractException("contract");
		}
		return view;
	}

	@ExceptionHandler(NoSuchContractException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	static ConsultationId consultation(String id) {
		return ConsultationId.parse(id).orElseThrow(() -> new NoSuchContractException("consultation"));
	}

	/** The lists of values, for the form's choices. */
	record Codes(List<DecpCodes.Nature> natures, List<DecpCodes.Technique> techniques,
			List<DecpCodes.ExecutionMode> executionModes, List<DecpCodes.Ccag> ccags, List<DecpCodes.Grouping> groupings,
			List<DecpCodes.Procedure> procedures, List<DecpCodes.PlaceType> placeTypes,
			List<DecpCodes.PriceType> priceTypes, List<DecpCodes.PriceForm> priceForms, List<DecpCodes.Social> social,
			List<DecpCodes.Environmental> environmental, List<DecpCodes.HolderIdType> holderTypes) {

		static final Codes INSTANCE = new Codes(List.of(DecpCodes.Nature.values()), List.of(DecpCodes.Technique.values()),
				List.of(DecpCodes.ExecutionMode.values()), List.of(DecpCodes.Ccag.values()),
				List.of(DecpCodes.Grouping.values()), List.of(DecpCodes.Procedure.values()),
				List.of(DecpCodes.PlaceType.values()), List.of(DecpCodes.PriceType.values()),
				List.of(DecpCodes.PriceForm.values()), List.of(DecpCodes.Social.values()),
				List.of(DecpCodes.Environmental.values()), List.of(DecpCodes.HolderIdType.values()));
	}
}
