package fr.openmarches.opening.web;

import java.time.format.DateTimeFormatter;

import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.opening.CommissionKeys;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * « Ma clé de commission »: where a commission member makes their key pair. The page only shows;
 * its script ({@code /js/opening/member-key.js}) makes the keys, protects the private one with the
 * passphrase and sends the result to {@code PUT /api/v1/me/commission-key}: neither the passphrase
 * nor the bare private key ever reaches the server.
 */
@Controller
@PreAuthorize("hasRole('COMMISSION_MEMBER')")
class MemberKeyPage {

	static final String PATH = "/acheteur/cle-de-commission";

	/** What the page asks of a passphrase; the script enforces it (the server never sees the passphrase). */
	static final int PASSPHRASE_MIN_LENGTH = 14;

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final CommissionKeys keys;

	MemberKeyPage(CommissionKeys keys) {
		this.keys = keys;
	}

	@GetMapping(PATH)
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		var key = keys.keyOf(user.accountId());
		model.addAttribute("key", key.orElse(null));
		model.addAttribute("createdAt", key.map(k -> WHEN.format(k.createdAt().atZone(LegalTime.ZONE))).orElse(null));
		model.addAttribute("memberName", user.getDisplayName());
		model.addAttribute("minLength", PASSPHRASE_MIN_LENGTH);
		return "opening/member-key";
	}
}
