package fr.openmarches.question.web;

import java.time.Clock;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.Role;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import fr.openmarches.question.Asker;
import fr.openmarches.question.QuestionDesk;
import fr.openmarches.question.QuestionsClosedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The questions page of a consultation: the answers published so far, and the form to ask one
 * (signed-in company members, until the questions deadline).
 */
@Controller
class QuestionPages {

	private final QuestionDesk desk;

	private final ConsultationCatalogue catalogue;

	private final AccountService accounts;

	private final CompanyService companies;

	private final Clock clock;

	QuestionPages(QuestionDesk desk, ConsultationCatalogue catalogue, AccountService accounts,
			CompanyService companies, Clock clock) {
		this.desk = desk;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.companies = companies;
		this.clock = clock;
	}

	@GetMapping("/consultations/{id}/questions")
	String page(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person, Model model) {
		return render(new ConsultationId(id), person, "", null, model);
	}

	@PostMapping("/consultations/{id}/questions")
	String ask(@PathVariable UUID id, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal SignedInUser person, Locale locale, Model model, RedirectAttributes redirect) {
		var consultation = new ConsultationId(id);
		if (person == null || !mayAsk(person)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		if (text.isBlank() || text.length() > 10_000) {
			return render(consultation, person, text, "question.ask.error.length", model);
		}
		var account = accounts.find(person.accountId()).orElseThrow();
		var company = companies.companyOf(person.accountId()).map(c -> c.name()).orElse(null);
		try {
			desk.ask(consultation, new Asker(person.accountId(), account.displayName(), company, account.email(), locale),
					text);
		}
		catch (QuestionsClosedException e) {
			return render(consultation, person, text, "question.ask.error.closed", model);
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("question.ask.sent"));
		return "redirect:/consultations/" + id + "/questions";
	}

	@GetMapping("/mon-espace/questions")
	String mine(@AuthenticationPrincipal SignedInUser person, Model model) {
		var asked = desk.askedBy(person.accountId());
		model.addAttribute("questions", asked);
		model.addAttribute("consultations", asked.stream()
			.map(q -> q.consultation())
			.distinct()
			.flatMap(c -> catalogue.find(c).stream())
			.collect(java.util.stream.Collectors.toMap(c -> c.id(), c -> c)));
		return "question/mine";
	}

	private String render(ConsultationId id, SignedInUser person, String text, String error, Model model) {
		var consultation = catalogue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var deadline = QuestionDesk.deadlineFor(consultation);
		model.addAttribute("consultation", consultation);
		model.addAttribute("answers", desk.published(id));
		model.addAttribute("deadline", deadline);
		model.addAttribute("open", consultation.state() == ConsultationState.PUBLISHED
				&& clock.instant().isBefore(deadline));
		model.addAttribute("mayAsk", person != null && mayAsk(person));
		model.addAttribute("text", text);
		model.addAttribute("error", error);
		return "question/page";
	}

	private static boolean mayAsk(SignedInUser person) {
		return person.has(Role.SUPPLIER_MEMBER) || person.has(Role.SUPPLIER_ADMIN);
	}
}
