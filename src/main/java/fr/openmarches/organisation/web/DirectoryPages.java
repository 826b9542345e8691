package fr.openmarches.organisation.web;

import java.util.UUID;

import fr.openmarches.organisation.DirectoryQuery;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.OpenConsultationsOfEntity;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.OrganisationProperties;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The public directory of purchasing entities: the list, and each entity's page. */
@Controller
class DirectoryPages {

	private final EntityDirectory directory;

	private final OpenConsultationsOfEntity openConsultations;

	private final OrganisationProperties properties;

	DirectoryPages(EntityDirectory directory, OpenConsultationsOfEntity openConsultations,
			OrganisationProperties properties) {
		this.directory = directory;
		this.openConsultations = openConsultations;
		this.properties = properties;
	}

	/** The query string of the directory. */
	record Filters(String q, UUID organisation, String department, Integer page) {

		DirectoryQuery query() {
			return new DirectoryQuery(q, organisation == null ? null : new OrganisationId(organisation), department);
		}

		int pageIndex() {
			return page == null || page < 1 ? 0 : page - 1;
		}

		public boolean filtered() {
			return (q != null && !q.isBlank()) || organisation != null || (department != null && !department.isBlank());
		}
	}

	@GetMapping("/entites-achat")
	String directory(@ModelAttribute("filters") Filters filters, HttpServletRequest request, Model model) {
		var results = directory.search(filters.query(), filters.pageIndex(), properties.pageSize());
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(results, request));
		model.addAttribute("organisations", directory.organisations());
		model.addAttribute("departments", directory.departments());
		return "organisation/directory";
	}

	@GetMapping("/entites-achat/{id}")
	String entity(@PathVariable String id, Model model) {
		var entity = PurchasingEntityId.parse(id).flatMap(directory::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("entity", entity);
		model.addAttribute("consultations", openConsultations.of(entity.id()));
		return "organisation/entity";
	}
}
