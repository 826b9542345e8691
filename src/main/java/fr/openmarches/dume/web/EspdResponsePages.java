package fr.openmarches.dume.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.dume.EspdNotFoundException;
import fr.openmarches.dume.EspdRejectedException;
import fr.openmarches.dume.EspdResponse;
import fr.openmarches.dume.EspdResponse.Answer;
import fr.openmarches.dume.EspdResponse.EconomicOperator;
import fr.openmarches.dume.EspdResponses;
import fr.openmarches.dume.EspdStateException;
import fr.openmarches.dume.ResponseForm;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Mes DUME » in My space: the company's saved responses, and the response to one consultation
 * (prefilled, saved, reused from the latest, imported from XML, downloaded as XML or PDF through
 * the API). Company members only (security rules); no company, or a consultation never
 * published: 404.
 */
@Controller
class EspdResponsePages {

	private static final String PAGE = "/mon-espace/dume";

	private final EspdResponses responses;

	EspdResponsePages(EspdResponses responses) {
		this.responses = responses;
	}

	@GetMapping(PAGE)
	String list(@AuthenticationPrincipal SignedInUser person, Model model) {
		model.addAttribute("responses", responses.responsesOf(person.accountId()));
		return "dume/responses";
	}

	@GetMapping(PAGE + "/{id}")
	String response(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, Model model) {
		var response = responses.responseOf(person.accountId(), BuyerEspdPages.parse(id));
		model.addAttribute("response", response);
		model.addAttribute("open", response.consultation().state() == ConsultationState.PUBLISHED);
		return "dume/response";
	}

	@PostMapping(PAGE + "/{id}")
	String save(@AuthenticationPrincipal SignedInUser person, @PathVariable String id,
			@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		var consultation = BuyerEspdPages.parse(id);
		var answers = new LinkedHashMap<String, Answer>();
		var codes = new java.util.LinkedHashSet<String>();
		form.keySet().forEach(name -> {
			var colon = name.indexOf(':');
			if (colon > 0 && name.substring(0, colon).matches("indicator|amount|text")) {
				codes.add(name.substring(colon + 1));
			}
			else if (colon > 0 && name.substring(0, colon).matches("detail|detail-start|detail-end|evidence-[a-z]+")
					&& name.indexOf(':', colon + 1) > colon) {
				codes.add(name.substring(colon + 1, name.indexOf(':', colon + 1)));
			}
		});
		try {
			for (var code : codes) {
				var indicator = form.getFirst("indicator:" + code);
				var amount = form.getFirst("amount:" + code);
				var text = form.getFirst("text:" + code);
				answers.put(code, new Answer(indicator == null || indicator.isBlank() ? null : "true".equals(indicator),
						amount == null || amount.isBlank() ? null : amount(amount), text, details(form, code),
						evidence(form, code)));
			}
			var operator = new EconomicOperator(form.getFirst("siret"), form.getFirst("name"), form.getFirst("street"),
					form.getFirst("postcode"), form.getFirst("city"), form.getFirst("country"),
					"true".equals(form.getFirst("sme")), form.getFirst("legalForm"));
			responses.save(person.accountId(), consultation, new ResponseForm(operator, answers));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("dume.response.saved"));
		}
		catch (EspdRejectedException | EspdStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(key(e)));
		}
		return "redirect:" + PAGE + "/" + consultation.value();
	}

	/** The follow-up answers of one criterion: {@code detail:code:property}, a period's two dates joined {@code start/end}. */
	private static Map<String, String> details(MultiValueMap<String, String> form, String code) {
		var details = new LinkedHashMap<String, String>();
		var prefix = "detail:" + code + ":";
		form.forEach((name, values) -> {
			var value = values.isEmpty() ? null : values.getFirst();
			if (name.startsWith(prefix) && value != null && !value.isBlank()) {
				details.put(name.substring(prefix.length()), value);
			}
			if (name.startsWith("detail-start:" + code + ":") && value != null && !value.isBlank()) {
				var property = name.substring(("detail-start:" + code + ":").length());
				var end = form.getFirst("detail-end:" + code + ":" + property);
				details.put(property, value.strip() + "/" + (end == null ? "" : end.strip()));
			}
		});
		return details;
	}

	/**
	 * The documents named as evidence for one criterion: {@code evidence-url:code:property} and its
	 * {@code -reference}, {@code -issuer} and {@code -description} fields; all blank, none.
	 */
	private static Map<String, EspdResponse.Evidence> evidence(MultiValueMap<String, String> form, String code) {
		var evidence = new LinkedHashMap<String, EspdResponse.Evidence>();
		var properties = new java.util.LinkedHashSet<String>();
		for (var part : EVIDENCE_PARTS) {
			var prefix = "evidence-" + part + ":" + code + ":";
			form.keySet().stream().filter(n -> n.startsWith(prefix)).forEach(n -> properties.add(n.substring(prefix.length())));
		}
		for (var property : properties) {
			var parts = new String[EVIDENCE_PARTS.size()];
			for (int i = 0; i < parts.length; i++) {
				parts[i] = form.getFirst("evidence-" + EVIDENCE_PARTS.get(i) + ":" + code + ":" + property);
			}
			evidence.put(property, new EspdResponse.Evidence(parts[0], parts[1], parts[2], parts[3]));
		}
		return evidence;
	}

	private static final java.util.List<String> EVIDENCE_PARTS = java.util.List.of("url", "reference", "issuer", "description");

	@PostMapping(PAGE + "/{id}/reprendre")
	String reuse(@AuthenticationPrincipal SignedInUser person, @PathVariable String id, RedirectAttributes redirect) {
		var consultation = BuyerEspdPages.parse(id);
		try {
			var reuse = responses.reuseLast(person.accountId(), consultation);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, reuse.from() == null ? Flash.info("dume.reuse.none")
					: Flash.success("dume.reuse.done", reuse.copied(), reuse.toFill().size()));
		}
		catch (EspdStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey()));
		}
		return "redirect:" + PAGE + "/" + consultation.value();
	}

	@PostMapping(PAGE + "/{id}/import")
	String importXml(@AuthenticationPrincipal SignedInUser person, @PathVariable String id,
			@RequestParam MultipartFile file, RedirectAttributes redirect) throws IOException {
		var consultation = BuyerEspdPages.parse(id);
		try {
			if (file.getSize() > 8 * 1024 * 1024) {
				throw new EspdRejectedException(EspdRejectedException.Reason.TOO_LARGE, null);
			}
			responses.importXml(person.accountId(), consultation, file.getBytes());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("dume.import.done"));
		}
		catch (EspdRejectedException | EspdStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(key(e)));
		}
		return "redirect:" + PAGE + "/" + consultation.value();
	}

	@ExceptionHandler(EspdNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

	private static java.math.BigDecimal amount(String typed) {
		try {
			return new java.math.BigDecimal(typed.strip().replaceAll("[\\s\u00A0\u202F]", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new EspdRejectedException(EspdRejectedException.Reason.BAD_VALUE, typed);
		}
	}

	private static String key(RuntimeException e) {
		return e instanceof EspdRejectedException rejected ? rejected.messageKey() : ((EspdStateException) e).messageKey();
	}
}
