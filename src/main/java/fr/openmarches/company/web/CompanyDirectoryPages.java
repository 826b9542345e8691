package fr.openmarches.company.web;

import java.io.IOException;
import java.util.Locale;

import fr.openmarches.company.CompanyDirectory;
import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyProperties;
import fr.openmarches.company.ProductId;
import fr.openmarches.company.Region;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.platform.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public directory of economic operators ({@code /annuaire/entreprises}): search by name,
 * CPV code, region and SME flag, with counts per filter; each company's fiche and product fiches.
 */
@Controller
class CompanyDirectoryPages {

	static final String PATH = "/annuaire/entreprises";

	private final CompanyDirectory directory;

	private final CpvCatalogue cpv;

	private final CompanyProperties properties;

	CompanyDirectoryPages(CompanyDirectory directory, CpvCatalogue cpv, CompanyProperties properties) {
		this.directory = directory;
		this.cpv = cpv;
		this.properties = properties;
	}

	@GetMapping(PATH)
	String directory(@ModelAttribute("filters") DirectoryFilters filters, HttpServletRequest request, Model model,
			Locale locale) {
		var search = filters.search(cpv);
		var results = directory.search(search, filters.pageIndex(), properties.pageSize());
		model.addAttribute("results", results);
		model.addAttribute("pagination", Pagination.of(results, request));
		model.addAttribute("facets", directory.facets(search));
		model.addAttribute("regions", Region.values());
		model.addAttribute("unknownCpv", filters.unknownCpv(cpv));
		model.addAttribute("cpvLabels", CpvLabels.of(cpv, locale));
		return "company/directory";
	}

	@GetMapping(PATH + "/{id}")
	String company(@PathVariable String id, Model model, Locale locale) {
		var company = CompanyId.parse(id).flatMap(directory::find)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("company", company);
		model.addAttribute("cpvLabels", CpvLabels.of(cpv, locale));
		return "company/directory-company";
	}

	@GetMapping(PATH + "/{id}/produits/{product}/image")
	ResponseEntity<?> picture(@PathVariable String id, @PathVariable String product) throws IOException {
		var company = CompanyId.parse(id);
		var productId = ProductId.parse(product);
		if (company.isEmpty() || productId.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return Pictures.response(directory.picture(company.get(), productId.get()), false);
	}
}
