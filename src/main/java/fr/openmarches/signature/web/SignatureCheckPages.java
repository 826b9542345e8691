package fr.openmarches.signature.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * « Vérifier une signature »: anyone signed in checks a signed file the way the commission will at
 * the opening — a supplier before depositing, a buyer on a piece received — with the five checks
 * of the arrêté du 22 mars 2019. Signed in only: the verification fetches the revocation addresses
 * that the uploaded certificates name, which must not be open to anonymous callers.
 */
@Controller
class SignatureCheckPages {

	private final SignatureCheck check;

	SignatureCheckPages(SignatureCheck check) {
		this.check = check;
	}

	@GetMapping("/verification-signature")
	String form() {
		return "signature/check";
	}

	@PostMapping("/verification-signature")
	String verify(@RequestParam(name = "signature", required = false) MultipartFile signature,
			@RequestParam(name = "document", required = false) MultipartFile document, Model model) {
		try {
			model.addAttribute("verdict", check.verify(signature, document));
		}
		catch (SignatureCheck.RefusedException refused) {
			model.addAttribute("error", refused.messageKey());
		}
		return "signature/check";
	}
}
