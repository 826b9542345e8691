package fr.openmarches.consultation.web;

import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationFinder;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationProperties;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.platform.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The public pages of consultations: the list, a consultation, the test consultations. */
@Controller
class ConsultationPages {

	private final ConsultationCatalogue catalogue;

	private final ConsultationFinder finder;

	private final CpvCatalogue cpv;

	private final EntityDirectory directory;

	private final PortalService portals;

	private final ConsultationProperties properties;

	ConsultationPages(ConsultationCatalogue catalogue, ConsultationFinder finder, CpvCatalogue cpv,
			EntityDirectory directory, PortalService portals, ConsultationProperties properties) {
		this.catalogue = catalogue;
		this.finder = finder;
		this.cpv = cpv;
		this.directory = directory;
		this.portals = portals;
		this.properties = properties;
	}

	@GetMapping("/consultations")
	String list(@ModelAttribute("filters") ConsultationFilters filters, HttpServletRequest request, Model model) {
		var reading = filters.read(cpv, code -> portals.find(code).isPresent());
		var found = finder.find(reading.query(), filters.pageIndex(), properties.pageSize());
		model.addAttribute("reading", reading);
		model.addAttribute("results", found.page());
		model.addAttribute("facets", ListFacets.of(finder, directory, portals, reading.query(), found));
		model.addAttribute("pagination", Pagination.of(found.page(), request));
		model.addAttribute("orders", FinderQuery.Order.values());
		model.addAttribute("modes", FinderQuery.Mode.values());
		model.addAttribute("alertLink", alertLink(request));
		return "consultation/list";
	}

	/** The alert form, prefilled with the same search (the page number left out). */
	private static String alertLink(HttpServletRequest request) {
		var link = UriComponentsBuilder.fromPath("/mon-espace/alertes/nouvelle");
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("page")) {
				link.queryParam(name, (Object[]) values);
			}
		});
		return link.encode().build().toUriString();
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
