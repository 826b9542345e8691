package fr.openmarches.opendata.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import fr.openmarches.opendata.ContractId;
import fr.openmarches.opendata.PublishedContracts;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * « Données essentielles » for everyone: the published contracts by buyer and year of notification,
 * each contract's page, and the whole DECP file at a stable address.
 */
@Controller
class PublicContractPages {

	static final int PAGE_SIZE = 20;

	private final PublishedContracts published;

	private final JsonMapper json;

	PublicContractPages(PublishedContracts published, JsonMapper json) {
		this.published = published;
		this.json = json;
	}

	@GetMapping("/donnees-essentielles")
	String list(@RequestParam(required = false) String acheteur, @RequestParam(required = false) String annee,
			@RequestParam(defaultValue = "1") String page, Model model, HttpServletRequest request) {
		var entity = uuid(acheteur);
		var year = number(annee);
		var number = number(page);
		var found = published.search(entity == null ? null : new PurchasingEntityId(entity),
				year != null && year >= 2000 && year <= 2100 ? year : null,
				number == null || number < 1 ? 0 : number - 1, PAGE_SIZE);
		model.addAttribute("contracts", found);
		model.addAttribute("pagination", Pagination.of(found, request));
		model.addAttribute("buyers", published.buyers());
		model.addAttribute("selectedBuyer", entity == null ? "" : entity.toString());
		model.addAttribute("selectedYear", year == null ? "" : year.toString());
		return "opendata/public-contracts";
	}

	@GetMapping("/donnees-essentielles/{id}")
	String contract(@PathVariable String id, Model model, HttpServletResponse response) throws IOException {
		var found = ContractId.parse(id).flatMap(published::find);
		if (found.isEmpty()) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return null;
		}
		model.addAttribute("contract", found.get());
		model.addAttribute("decp", json.writerWithDefaultPrettyPrinter()
			.writeValueAsString(published.marche(found.get().id()).orElseThrow()));
		return "opendata/public-contract";
	}

	@GetMapping("/donnees-essentielles/decp.json")
	ResponseEntity<byte[]> file() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("decp.json", StandardCharsets.UTF_8).build().toString())
			.body(json.writeValueAsBytes(published.file()));
	}

	private static UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Integer number(String text) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
