package fr.openmarches.award.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.openmarches.award.Analysis;
import fr.openmarches.award.AnalysisRefusedException;
import fr.openmarches.award.Assessment;
import fr.openmarches.award.ContractSigning;
import fr.openmarches.award.Criterion;
import fr.openmarches.award.CriterionKind;
import fr.openmarches.award.Decision;
import fr.openmarches.award.DocumentReplies;
import fr.openmarches.award.DocumentReply;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import fr.openmarches.platform.LegalTime;
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
 * « Analyse et attribution »: a consultation's buyers set the criteria of each lot, score the bids,
 * read the ranking, ask for documents, decide, and follow the letters and their notification dates.
 * Plain forms: every action posts and comes back to the page with its outcome.
 */
@Controller
@PreAuthorize("hasAnyRole('COMMISSION_MEMBER', 'BUYER_AGENT', 'ENTITY_ADMIN')")
class AnalysisPages {

	/** Rows of the criteria form; empty rows are ignored. */
	static final int CRITERIA_ROWS = 5;

	private final Analysis analysis;

	private final ContractSigning signing;

	private final DocumentReplies replies;

	private final Clock clock;

	AnalysisPages(Analysis analysis, ContractSigning signing, DocumentReplies replies, Clock clock) {
		this.analysis = analysis;
		this.signing = signing;
		this.replies = replies;
		this.clock = clock;
	}

	@GetMapping("/acheteur/consultations/{id}/analyse")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
		var view = analysis.view(user.accountId(), consultation(id));
		model.addAttribute("view", view);
		model.addAttribute("kinds", CriterionKind.values());
		model.addAttribute("rows", CRITERIA_ROWS);
		model.addAttribute("today", LocalDate.now(clock.withZone(LegalTime.ZONE)));
		model.addAttribute("replies", replies.ofConsultation(user.accountId(), view.consultation()).stream()
			.collect(java.util.stream.Collectors.groupingBy(DocumentReply::message)));
		return "award/analysis";
	}

	@PostMapping("/acheteur/consultations/{id}/analyse/lots/{lot}/criteres")
	String criteria(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable int lot,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		var consultation = consultation(id);
		return act(consultation, lot, redirect, form, "award.criteria.saved", () -> {
			var criteria = new ArrayList<Criterion>();
			for (int i = 0; i < CRITERIA_ROWS; i++) {
				var label = form.getOrDefault("label" + i, "").strip();
				var weight = form.getOrDefault("weight" + i, "").strip();
				if (label.isEmpty() && weight.isEmpty()) {
					continue;
				}
				var kind = kind(form.get("kind" + i));
				criteria.add(new Criterion(kind, label, integer(weight), decimal(form.getOrDefault("max" + i, ""), BigDecimal.TEN)));
			}
			analysis.defineCriteria(user.accountId(), consultation, lot, criteria);
		});
	}

	@PostMapping("/acheteur/consultations/{id}/analyse/lots/{lot}/notes")
	String scores(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable int lot,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		var consultation = consultation(id);
		return act(consultation, lot, redirect, form, "award.scores.saved", () -> {
			var lotView = analysis.lot(user.accountId(), consultation, lot);
			var assessments = new ArrayList<Assessment>();
			for (var bid : lotView.bids()) {
				var key = bid.deposit().toString();
				var scores = new HashMap<Integer, BigDecimal>();
				for (int i = 0; i < lotView.criteria().size(); i++) {
					var score = form.getOrDefault("score_" + key + "_" + i, "").strip();
					if (!score.isEmpty()) {
						scores.put(i, decimal(score, null));
					}
				}
				var amount = form.getOrDefault("amount_" + key, "").strip();
				assessments.add(new Assessment(bid.deposit(), amount.isEmpty() ? null : amountOf(amount), scores,
						form.get("comment_" + key), form.get("excluded_" + key)));
			}
			analysis.assess(user.accountId(), consultation, lot, assessments);
		});
	}

	@PostMapping("/acheteur/consultations/{id}/analyse/lots/{lot}/decision")
	String decide(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable int lot,
			@RequestParam(required = false) String outcome, @RequestParam(required = false) String deposit,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		var consultation = consultation(id);
		return act(consultation, lot, redirect, null, "award.decision.recorded", () -> {
			if (Decision.Outcome.UNSUCCESSFUL.name().equals(outcome)) {
				analysis.declareUnsuccessful(user.accountId(), consultation, lot, reason);
			}
			else {
				analysis.award(user.accountId(), consultation, lot, uuid(deposit));
			}
		});
	}

	@PostMapping("/acheteur/consultations/{id}/analyse/lots/{lot}/demande-pieces")
	String requestDocuments(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable int lot,
			@RequestParam(required = false) String deposit, @RequestParam(required = false) String text,
			@RequestParam(required = false) String replyBy, RedirectAttributes redirect) {
		var consultation = consultation(id);
		return act(consultation, lot, redirect, null, "award.request.sent", () -> {
			java.time.Instant deadline;
			try {
				deadline = replyBy == null || replyBy.isBlank() ? null
						: LocalDateTime.parse(replyBy.strip()).atZone(LegalTime.ZONE).toInstant();
			}
			catch (DateTimeParseException e) {
				deadline = null;
			}
			analysis.requestDocuments(user.accountId(), consultation, lot, uuid(deposit), text, deadline);
		});
	}

	@GetMapping("/acheteur/consultations/{id}/analyse/lettres/{message}.pdf")
	ResponseEntity<byte[]> letter(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@PathVariable UUID message) {
		var pdf = analysis.letter(user.accountId(), consultation(id), message).orElseThrow(NoSuchElementException::new);
		return AnalysisApi.pdf(pdf, "lettre-" + message + ".pdf");
	}

	@PostMapping("/acheteur/consultations/{id}/analyse/lots/{lot}/marche")
	String sendContract(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable int lot,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
		var consultation = consultation(id);
		return act(consultation, lot, redirect, null, "award.contract.sent", () -> signing.send(user.accountId(),
				consultation, lot, file == null ? null : file.getOriginalFilename(), bytes(file)));
	}

	@PostMapping("/acheteur/consultations/{id}/analyse/lots/{lot}/marche/conclusion")
	String concludeContract(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable int lot,
			RedirectAttributes redirect) {
		var consultation = consultation(id);
		return act(consultation, lot, redirect, null, "award.contract.concluded",
				() -> signing.conclude(user.accountId(), consultation, lot));
	}

	@GetMapping("/acheteur/consultations/{id}/analyse/reponses/{reply}/{position}")
	ResponseEntity<org.springframework.core.io.InputStreamResource> replyFile(@AuthenticationPrincipal SignedInUser user,
			@PathVariable String id, @PathVariable UUID reply, @PathVariable int position) {
		return AnalysisApi.replyFile(replies.file(user.accountId(), consultation(id), reply, position));
	}

	@GetMapping("/acheteur/consultations/{id}/analyse/lots/{lot}/marche.pdf")
	ResponseEntity<byte[]> contract(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable int lot) {
		var consultation = consultation(id);
		return AnalysisApi.pdf(signing.document(user.accountId(), consultation, lot),
				signing.of(user.accountId(), consultation, lot).fileName());
	}

	@GetMapping("/acheteur/consultations/{id}/analyse/lots/{lot}/marche-signe")
	ResponseEntity<byte[]> signedContract(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@PathVariable int lot) {
		var consultation = consultation(id);
		return AnalysisApi.download(signing.signedDocument(user.accountId(), consultation, lot),
				signing.of(user.accountId(), consultation, lot).signature().fileName());
	}

	/** The uploaded bytes; {@code null} (refused as no PDF) when absent or larger than a contract may be. */
	static byte[] bytes(MultipartFile file) {
		try {
			return file == null || file.isEmpty() || file.getSize() > ContractSigning.MAX_BYTES ? null : file.getBytes();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * Runs the action and comes back to the page with its outcome; a refused form comes back as typed
	 * ({@code typed}, for lot {@code typedLot}), so that the buyer corrects it rather than types it again.
	 */
	private String act(ConsultationId consultation, int lot, RedirectAttributes redirect, Map<String, String> form,
			String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(success));
		}
		catch (AnalysisRefusedException refused) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("award.refused." + refused.reason(),
					refused.arguments().stream().map(a -> (Serializable) String.valueOf(a)).toArray()));
			if (form != null) {
				var typed = new HashMap<>(form);
				typed.remove("_csrf");
				redirect.addFlashAttribute("typed", typed);
				redirect.addFlashAttribute("typedLot", lot);
			}
		}
		return "redirect:/acheteur/consultations/" + consultation + "/analyse#lot-" + lot;
	}

	private static ConsultationId consultation(String id) {
		return ConsultationId.parse(id).orElseThrow(() -> new NoSuchConsultationException(null));
	}

	private static CriterionKind kind(String text) {
		try {
			return CriterionKind.valueOf(text);
		}
		catch (RuntimeException e) {
			return CriterionKind.OTHER;
		}
	}

	private static int integer(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException e) {
			throw new AnalysisRefusedException(AnalysisRefusedException.Reason.INVALID_WEIGHT, text);
		}
	}

	/** A number as typed in French or English: « 12,5 » or « 12.5 ». */
	private static BigDecimal decimal(String text, BigDecimal fallback) {
		var typed = text.strip().replace(',', '.').replace(" ", "").replace("\u00A0", "");
		if (typed.isEmpty() && fallback != null) {
			return fallback;
		}
		try {
			return new BigDecimal(typed);
		}
		catch (NumberFormatException e) {
			throw new AnalysisRefusedException(AnalysisRefusedException.Reason.SCORE_OUT_OF_RANGE, text, "?");
		}
	}

	private static BigDecimal amountOf(String text) {
		try {
			return new BigDecimal(text.strip().replace(',', '.').replace(" ", "").replace("\u00A0", "").replace("\u202F", ""));
		}
		catch (NumberFormatException e) {
			throw new AnalysisRefusedException(AnalysisRefusedException.Reason.INVALID_AMOUNT);
		}
	}

	private static UUID uuid(String text) {
		try {
			return text == null ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
