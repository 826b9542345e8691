package fr.openmarches.opening.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opening.BackupCopies;
import fr.openmarches.opening.BackupCopy;
import fr.openmarches.opening.OpeningDesk;
import fr.openmarches.opening.SessionRefusedException;
import fr.openmarches.platform.Flash;
import fr.openmarches.platform.LegalTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Séance d'ouverture »: where the commission opens a closed consultation's deposits, and its buyers
 * follow the results and read the opened pieces. The keys never leave the members' browsers: the
 * page's script ({@code /js/opening/session.js}) makes the session key, opens and re-seals each
 * member's share, rebuilds the opening key in the host's tab and derives the file keys it hands over.
 * Backup copies are registered and opened with plain forms ({@link BackupCopies}).
 */
@Controller
@PreAuthorize("hasAnyRole('COMMISSION_MEMBER', 'BUYER_AGENT', 'ENTITY_ADMIN')")
class OpeningSessionPage {

	private final OpeningDesk desk;

	private final BackupCopies backupCopies;

	OpeningSessionPage(OpeningDesk desk, BackupCopies backupCopies) {
		this.desk = desk;
		this.backupCopies = backupCopies;
	}

	@GetMapping("/acheteur/consultations/{id}/ouverture")
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Model model) {
		var consultation = consultation(id);
		var view = desk.view(user.accountId(), consultation);
		model.addAttribute("view", view);
		model.addAttribute("me", user.accountId());
		model.addAttribute("openable",
				view.state() == ConsultationState.CLOSED || view.state() == ConsultationState.OPENED);
		model.addAttribute("backupCopies", backupCopies.of(user.accountId(), consultation));
		model.addAttribute("backupCases", BackupCopy.Case.values());
		model.addAttribute("media", BackupCopy.Medium.values());
		return "opening/session";
	}

	/** Registers a backup copy received (the time typed is Paris time). */
	@PostMapping("/acheteur/consultations/{id}/ouverture/copies-de-sauvegarde")
	String registerBackupCopy(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			@RequestParam(required = false) String companyName, @RequestParam(required = false) String siret,
			@RequestParam(required = false) String medium, @RequestParam(required = false) String receivedAt,
			RedirectAttributes redirect) {
		var consultation = consultation(id);
		return act(consultation, redirect, "opening.backup.registered", () -> backupCopies.register(user.accountId(),
				consultation, companyName, siret, medium(medium), instant(receivedAt)));
	}

	@PostMapping("/acheteur/consultations/{id}/ouverture/copies-de-sauvegarde/{copy}/ouverture")
	String openBackupCopy(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, @PathVariable UUID copy,
			@RequestParam(required = false) String legalCase, @RequestParam(required = false) String deposit,
			@RequestParam(required = false) String explanation, RedirectAttributes redirect) {
		var consultation = consultation(id);
		return act(consultation, redirect, "opening.backup.opened", () -> backupCopies.open(user.accountId(), consultation,
				copy, legalCase(legalCase), deposit == null || deposit.isBlank() ? null : uuid(deposit), explanation));
	}

	private static String act(ConsultationId consultation, RedirectAttributes redirect, String success, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success(success));
		}
		catch (SessionRefusedException refused) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.error("opening.session.refused." + refused.reason(),
					refused.arguments().stream().map(a -> (Serializable) String.valueOf(a)).toArray()));
		}
		return "redirect:/acheteur/consultations/" + consultation + "/ouverture#backup-copies";
	}

	private static ConsultationId consultation(String id) {
		return ConsultationId.parse(id).orElseThrow(() -> new NoSuchConsultationException(null));
	}

	private static BackupCopy.Medium medium(String text) {
		try {
			return text == null ? null : BackupCopy.Medium.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static BackupCopy.Case legalCase(String text) {
		try {
			return text == null ? null : BackupCopy.Case.valueOf(text);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static Instant instant(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDateTime.parse(text.strip()).atZone(LegalTime.ZONE).toInstant();
		}
		catch (DateTimeParseException e) {
			return null;
		}
	}

	/** The deposit chosen in the form's list; a forged value is no deposit, which the case's check then judges. */
	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}
}
