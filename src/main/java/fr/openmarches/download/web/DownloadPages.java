package fr.openmarches.download.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.download.DceRetrieval;
import fr.openmarches.download.DownloadRegister;
import fr.openmarches.download.DownloadView;
import fr.openmarches.download.Downloader;
import fr.openmarches.download.NothingToDownloadException;
import fr.openmarches.download.Selection;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The DCE download page of a consultation: tick pieces, say who you are (or not), get one zip.
 * The form posts, the download is recorded, and the browser is redirected to the archive, which
 * streams while the page stays.
 */
@Controller
class DownloadPages {

	static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final DceRetrieval retrieval;

	private final AccountService accounts;

	private final CompanyService companies;

	private final DownloadRegister register;

	private final ConsultationCatalogue catalogue;

	DownloadPages(DceRetrieval retrieval, AccountService accounts, CompanyService companies, DownloadRegister register,
			ConsultationCatalogue catalogue) {
		this.retrieval = retrieval;
		this.accounts = accounts;
		this.companies = companies;
		this.register = register;
		this.catalogue = catalogue;
	}

	/** The signed-in person's downloads, with the consultation each was for. */
	@GetMapping("/mon-espace/telechargements")
	String mine(@AuthenticationPrincipal SignedInUser person, Model model) {
		var downloads = register.of(person.accountId());
		var consultations = new LinkedHashMap<ConsultationId, ConsultationDetails>();
		downloads.stream()
			.map(DownloadView::consultation)
			.distinct()
			.forEach(id -> catalogue.find(id).ifPresent(found -> consultations.put(id, found)));
		model.addAttribute("downloads", downloads);
		model.addAttribute("consultations", consultations);
		return "download/mine";
	}

	@GetMapping("/consultations/{id}/telechargement")
	String form(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person, Model model) {
		var downloadable = retrieval.downloadable(new ConsultationId(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var form = new DownloadForm(downloadable.files().stream().map(f -> f.id()).toList(), false, null, null, null,
				null);
		if (person != null) {
			var account = accounts.find(person.accountId()).orElseThrow();
			var company = companies.companyOf(person.accountId()).map(c -> c.name()).orElse(null);
			form = new DownloadForm(form.documents(), false, account.givenName(), account.familyName(), company,
					account.email());
		}
		return page(downloadable, form, List.of(), model);
	}

	@PostMapping("/consultations/{id}/telechargement")
	String download(@PathVariable UUID id, @ModelAttribute("form") DownloadForm form,
			@AuthenticationPrincipal SignedInUser person, Locale locale, Model model) {
		var consultation = new ConsultationId(id);
		var downloadable = retrieval.downloadable(consultation)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var problems = problemsOf(form);
		if (!problems.isEmpty()) {
			return page(downloadable, form, problems, model);
		}
		var who = form.anonymous() ? null
				: new Downloader(form.givenName().strip(), form.familyName().strip(), form.company().strip(),
						form.email().strip(), locale);
		try {
			var taken = retrieval.take(consultation, new Selection(form.documents()), who,
					person == null ? null : person.accountId());
			return "redirect:/consultations/" + id + "/telechargement/" + taken.id();
		}
		catch (NothingToDownloadException e) {
			return page(downloadable, form, List.of("documents"), model);
		}
	}

	@GetMapping("/consultations/{id}/telechargement/{download}")
	void archive(@PathVariable UUID id, @PathVariable UUID download, HttpServletResponse response) throws IOException {
		var name = retrieval.archiveName(download).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!retrieval.belongsTo(download, new ConsultationId(id))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader("Cache-Control", "no-store");
		retrieval.writeArchive(download, response.getOutputStream());
	}

	/** One file (the notice, the rules, a piece), always as an attachment: never rendered by the browser. */
	@GetMapping("/consultations/{id}/documents/{document}")
	void file(@PathVariable UUID id, @PathVariable UUID document, @AuthenticationPrincipal SignedInUser person,
			HttpServletResponse response) throws IOException {
		var consultation = new ConsultationId(id);
		var file = retrieval.file(consultation, document).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		retrieval.take(consultation, new Selection(List.of(document)), null, person == null ? null : person.accountId());
		try (var content = file.content()) {
			response.setContentType("application/octet-stream");
			response.setContentLengthLong(file.size());
			response.setHeader("Content-Disposition",
					ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString());
			content.transferTo(response.getOutputStream());
		}
	}

	private String page(DceRetrieval.Downloadable downloadable, DownloadForm form, List<String> problems, Model model) {
		model.addAttribute("consultation", downloadable.consultation());
		model.addAttribute("files", downloadable.files());
		model.addAttribute("totalSize", downloadable.totalSize());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "download/form";
	}

	static List<String> problemsOf(DownloadForm form) {
		var problems = new ArrayList<String>();
		if (form.documents().isEmpty()) {
			problems.add("documents");
		}
		if (!form.anonymous()) {
			if (blank(form.givenName()) || form.givenName().length() > 100) {
				problems.add("givenName");
			}
			if (blank(form.familyName()) || form.familyName().length() > 100) {
				problems.add("familyName");
			}
			if (blank(form.company()) || form.company().length() > 200) {
				problems.add("company");
			}
			if (blank(form.email()) || form.email().length() > 254 || !EMAIL.matcher(form.email().strip()).matches()) {
				problems.add("email");
			}
		}
		return problems;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
