package fr.openmarches.cpv.web;

import java.util.List;
import java.util.Locale;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.CpvCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The CPV picker's suggestions (an HTML fragment of {@code <option>}s for a {@code <datalist>},
 * fetched by htmx as the person types) and the vocabulary as JSON.
 */
@Controller
@Tag(name = "CPV", description = "The Common Procurement Vocabulary (CPV 2008)")
class CpvController {

	private static final int SUGGESTIONS = 30;

	private final CpvCatalogue catalogue;

	CpvController(CpvCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	/** {@code field} names the form input whose value is the query (htmx sends it under its own name). */
	@GetMapping("/cpv/options")
	String options(@RequestParam String field, @RequestParam MultiValueMap<String, String> parameters, Locale locale,
			Model model) {
		var typed = parameters.getFirst(field);
		model.addAttribute("codes", catalogue.search(typed, locale, SUGGESTIONS));
		return "cpv/options :: options";
	}

	@GetMapping("/api/v1/cpv")
	@ResponseBody
	@Operation(summary = "Search the CPV vocabulary",
			description = "Codes starting with the digits given, or whose label holds every word given (case and accents ignored); broader codes first.")
	List<CpvResource> search(@Parameter(description = "digits of a code, or words of a label") @RequestParam String q,
			@Parameter(description = "label language: fr or en") @RequestParam(defaultValue = "fr") String lang,
			@RequestParam(defaultValue = "20") int limit) {
		var locale = Locale.forLanguageTag(lang);
		return catalogue.search(q, locale, Math.clamp(limit, 1, 200))
			.stream()
			.map(code -> CpvResource.of(code, locale))
			.toList();
	}

	@GetMapping("/api/v1/cpv/{code}")
	@ResponseBody
	@Operation(summary = "One CPV code with its lineage", description = "From the division down to the code itself.")
	CpvDetail code(@PathVariable String code, @RequestParam(defaultValue = "fr") String lang) {
		var locale = Locale.forLanguageTag(lang);
		var found = catalogue.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return new CpvDetail(CpvResource.of(found, locale),
				catalogue.lineage(found.code()).stream().map(c -> CpvResource.of(c, locale)).toList());
	}

	record CpvResource(String code, String label, String parent) {

		static CpvResource of(CpvCode code, Locale locale) {
			return new CpvResource(code.code(), code.label(locale), code.parent());
		}
	}

	record CpvDetail(CpvResource code, List<CpvResource> lineage) {
	}
}
