package fr.openmarches.award.web;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import fr.openmarches.award.AnalysisRefusedException;
import fr.openmarches.award.CompanyMessage;
import fr.openmarches.award.CompanyMessages;
import fr.openmarches.award.ContractSigning;
import fr.openmarches.award.DocumentReplies;
import fr.openmarches.award.MessageKind;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Mes messages »: the letters and requests sent to the member's company. Showing a message records
 * its first opening, the letter's notification date. A contract's message is where the holder
 * downloads the contract and deposits it signed; a request for documents, where it sends them.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPPLIER_MEMBER', 'SUPPLIER_ADMIN')")
class CompanyMessagePages {

	private final CompanyMessages messages;

	private final ConsultationService consultations;

	private final ContractSigning signing;

	private final DocumentReplies replies;

	CompanyMessagePages(CompanyMessages messages, ConsultationService consultations, ContractSigning signing,
			DocumentReplies replies) {
		this.messages = messages;
		this.consultations = consultations;
		this.signing = signing;
		this.replies = replies;
	}

	@GetMapping("/mon-espace/messages")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		var list = messages.of(user.accountId());
		model.addAttribute("messages", list);
		model.addAttribute("consultations", consultations.summaries(list.stream().map(CompanyMessage::consultation).toList()));
		return "award/messages";
	}

	@GetMapping("/mon-espace/messages/{id}")
	String one(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
		var message = messages.open(user.accountId(), id);
		model.addAttribute("message", message);
		model.addAttribute("consultation", consultations.summaries(java.util.List.of(message.consultation())).get(message.consultation()));
		if (message.kind() == MessageKind.CONTRACT) {
			model.addAttribute("contract", signing.forHolder(user.accountId(), id));
		}
		if (message.kind() == MessageKind.DOCUMENT_REQUEST) {
			model.addAttribute("replies", replies.ofRequest(user.accountId(), id));
		}
		return "award/message";
	}

	@GetMapping("/mon-espace/messages/{id}/marche.pdf")
	ResponseEntity<byte[]> contract(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		var contract = signing.forHolder(user.accountId(), id);
		return AnalysisApi.pdf(signing.documentForHolder(user.accountId(), id), contract.fileName());
	}

	/** An answer to a request for documents: a text and files. */
	@PostMapping("/mon-espace/messages/{id}/reponse")
	String reply(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestParam(required = false) String text, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			RedirectAttributes redirect) {
		try {
			replies.reply(user.accountId(), id, text, uploads(files));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("award.reply.sent"));
		}
		catch (AnalysisRefusedException refused) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("award.refused." + refused.reason(),
					refused.arguments().stream().map(a -> (Serializable) String.valueOf(a)).toArray()));
		}
		return "redirect:/mon-espace/messages/" + id;
	}

	/** The files of a form or an API call, empty file inputs left out. */
	static List<DocumentReplies.Upload> uploads(List<MultipartFile> files) {
		var uploads = new java.util.ArrayList<DocumentReplies.Upload>();
		for (var file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			try {
				uploads.add(new DocumentReplies.Upload(file.getOriginalFilename(), file.getContentType(), file.getInputStream()));
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}
		return uploads;
	}

	/** The signed contract deposited: verified, or refused with the reason on the message's page. */
	@PostMapping("/mon-espace/messages/{id}/signature")
	String sign(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		try {
			signing.sign(user.accountId(), id, file == null ? null : file.getOriginalFilename(), AnalysisPages.bytes(file));
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("award.contract.signed"));
		}
		catch (AnalysisRefusedException refused) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("award.refused." + refused.reason(),
					refused.arguments().stream().map(a -> (Serializable) String.valueOf(a)).toArray()));
		}
		return "redirect:/mon-espace/messages/" + id;
	}

	@GetMapping("/mon-espace/messages/{id}/lettre.pdf")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return AnalysisApi.pdf(messages.letter(user.accountId(), id), "lettre-" + id + ".pdf");
	}
}
