package fr.openmarches.vault.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.vault.DocumentType;
import fr.openmarches.vault.Vault;
import fr.openmarches.vault.VaultNotFoundException;
import fr.openmarches.vault.VaultProperties;
import fr.openmarches.vault.VaultRejectedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Coffre-fort » in My space: the company's documents with their validity, versions, download
 * (through the API), upload of a document or a version, deletion of a version. Company members
 * only (security rules); a person of no company, or another company's ids: 404.
 */
@Controller
class VaultPages {

	private static final String PAGE = "/mon-espace/coffre-fort";

	private final Vault vault;

	private final VaultProperties properties;

	private final Clock clock;

	VaultPages(Vault vault, VaultProperties properties, Clock clock) {
		this.vault = vault;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping(PAGE)
	String list(@AuthenticationPrincipal SignedInUser person, Model model) {
		model.addAttribute("documents", vault.documents(person.accountId()));
		model.addAttribute("today", LocalDate.ofInstant(clock.instant(), LegalTime.ZONE));
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("maxMegabytes", properties.maxFileSize().toMegabytes());
		return "vault/list";
	}

	@PostMapping(PAGE + "/documents")
	String create(@AuthenticationPrincipal SignedInUser person, @RequestParam MultipartFile file,
			@RequestParam DocumentType type, @RequestParam String title,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			RedirectAttributes redirect) throws IOException {
		try {
			vault.create(person.accountId(), type, title, new Vault.Upload(file.getOriginalFilename(),
					file.getContentType(), issuedOn, validUntil, file.getInputStream()));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("vault.page.added"));
		}
		catch (VaultRejectedException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), properties.maxFileSize().toMegabytes()));
		}
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/documents/{id}/versions")
	String addVersion(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id,
			@RequestParam MultipartFile file, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil,
			RedirectAttributes redirect) throws IOException {
		try {
			vault.addVersion(person.accountId(), id, new Vault.Upload(file.getOriginalFilename(), file.getContentType(),
					issuedOn, validUntil, file.getInputStream()));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("vault.page.added"));
		}
		catch (VaultRejectedException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error(e.messageKey(), properties.maxFileSize().toMegabytes()));
		}
		return "redirect:" + PAGE + "#document-" + id;
	}

	@PostMapping(PAGE + "/versions/{id}/suppression")
	String delete(@AuthenticationPrincipal SignedInUser person, @PathVariable UUID id, RedirectAttributes redirect) {
		vault.deleteVersion(person.accountId(), id);
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("vault.page.deleted"));
		return "redirect:" + PAGE;
	}

	@ExceptionHandler(VaultNotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
