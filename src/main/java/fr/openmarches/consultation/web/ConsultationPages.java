package fr.openmarches.consultation.web;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationProperties;
import fr.openmarches.consultation.ConsultationSearch;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.EntityDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public pages of consultations: the list, a consultation, the test consultations. */
@Controller
class ConsultationPages {

	private final ConsultationCatalogue catalogue;

	private final EntityDirectory directory;

	private final ConsultationProperties properties;

	ConsultationPages(ConsultationCatalogue catalogue, EntityDirectory directory, ConsultationProperties properties) {
		this.catalogue = catalogue;
		this.directory = directory;
		this.properties = properties;
	}

	@GetMapping("/consultations")
	String list(@ModelAttribute("filters") ConsultationFilters filters, HttpServletRequest request, Model model) {
		var results = catalogue.search(filters.search(), filters.pageIndex(), properties.pageSize());
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(results, request));
		model.addAttribute("categories", Category.values());
		model.addAttribute("procedures", ProcedureType.values());
		model.addAttribute("states", ConsultationState.PUBLIC);
		model.addAttribute("orders", ConsultationSearch.Order.values());
		model.addAttribute("departments", catalogue.departments());
		model.addAttribute("entities", directory.all());
		return "consultation/list";
	}

	@GetMapping("/consultations/{id}")
	String consultation(@PathVariable String id, Model model) {
		var consultation = ConsultationId.parse(id)
			.flatMap(catalogue::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("consultation", consultation);
		return "consultation/consultation";
	}

	@GetMapping("/s-entrainer")
	String training(@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		var results = catalogue.training(Math.max(0, page - 1), properties.pageSize());
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(results, request));
		return "consultation/training";
	}
}
