package fr.openmarches.consultation.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.DocumentRefusedException;
import fr.openmarches.consultation.DocumentUpload;
import fr.openmarches.consultation.InvalidConsultationException;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.consultation.Violation;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents of a buyer's draft: attach a file (notice, rules, piece of the DCE), list a piece
 * that is not dematerialised, remove one; and every version of every document, to download.
 */
@Controller
@PreAuthorize("hasAnyRole('BUYER_AGENT', 'ENTITY_ADMIN')")
class BuyerDocumentPages {

	private final BuyerConsultations buyers;

	private final BuyerViews views;

	private final ConsultationFormats formats;

	BuyerDocumentPages(BuyerConsultations buyers, BuyerViews views, ConsultationFormats formats) {
		this.buyers = buyers;
		this.views = views;
		this.formats = formats;
	}

	/** Forms are records, built from the request once (see {@code BuyerConsultationPages}). */
	@InitBinder({ "upload", "paper" })
	void constructorOnly(WebDataBinder binder) {
		binder.setDeclarativeBinding(true);
	}

	@PostMapping(BuyerViews.BASE + "/{id}/documents")
	String upload(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@ModelAttribute("upload") DocumentForms.Upload upload, BindingResult errors, Model model,
			RedirectAttributes redirect) throws IOException {
		var consultation = views.consultation(user.accountId(), id);
		var kind = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(upload.kind())).findFirst();
		List<Violation> violations;
		if (kind.isEmpty()) {
			violations = List.of(Violation.of("kind", "consultation.form.required"));
		}
		else if (!DocumentForms.chosen(upload.file())) {
			violations = List.of(Violation.of("file", "consultation.document.missing"));
		}
		else {
			try {
				buyers.attach(user.accountId(), consultation.id(), kind.get(),
						new DocumentUpload(upload.title(), upload.file().getOriginalFilename(), upload.file()));
				redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("consultation.buyer.document.attached"));
				return "redirect:" + BuyerViews.path(consultation.id()) + "#documents";
			}
			catch (DocumentRefusedException refused) {
				violations = List.of(formats.readable(refused.violation("file")));
			}
			catch (InvalidConsultationException invalid) {
				violations = invalid.violations();
			}
		}
		views.reject(errors, violations, Violation::field, List.of("kind", "title", "file"));
		model.addAttribute("uploadFailed", true);
		return views.consultationPage(user.accountId(), consultation, model);
	}

	@PostMapping(BuyerViews.BASE + "/{id}/documents/papier")
	String paper(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@ModelAttribute("paper") DocumentForms.Paper paper, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		try {
			buyers.addPieceOnPaper(user.accountId(), consultation.id(), paper.title(), paper.howToObtain());
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("consultation.buyer.document.listed"));
			return "redirect:" + BuyerViews.path(consultation.id()) + "#documents";
		}
		catch (InvalidConsultationException invalid) {
			views.reject(errors, invalid.violations(), Violation::field, List.of("title", "howToObtain"));
			return views.consultationPage(user.accountId(), consultation, model);
		}
	}

	@PostMapping(BuyerViews.BASE + "/{id}/documents/{document}/suppression")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable UUID document,
			RedirectAttributes redirect) {
		var consultation = views.consultation(user.accountId(), id);
		try {
			buyers.removeDocument(user.accountId(), consultation.id(), document);
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("consultation.buyer.document.removed"));
		}
		catch (InvalidConsultationException unknown) {
			throw new NoSuchConsultationException(consultation.id());
		}
		return "redirect:" + BuyerViews.path(consultation.id()) + "#documents";
	}

	/** Any version of a document of the buyer's consultation, as a download. */
	@GetMapping(BuyerViews.BASE + "/{id}/documents/{document}")
	ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@PathVariable UUID document) throws IOException {
		var consultation = views.consultation(user.accountId(), id);
		var stored = buyers.open(user.accountId(), consultation.id(), document)
			.orElseThrow(() -> new NoSuchConsultationException(consultation.id()));
		var file = stored.document();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.size())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(new InputStreamResource(stored.content()));
	}
}
