package fr.openmarches.identity.web;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security processes the form it posts. */
@Controller
class SignInController {

	static final String PROBLEM_ATTRIBUTE = SignInFailures.SESSION_ATTRIBUTE;

	@GetMapping("/connexion")
	String signIn(@RequestParam(name = "erreur", required = false) String error, HttpSession session, Model model) {
		if (error != null) {
			model.addAttribute("problem", session.getAttribute(PROBLEM_ATTRIBUTE));
			session.removeAttribute(PROBLEM_ATTRIBUTE);
		}
		return "identity/sign-in";
	}
}
