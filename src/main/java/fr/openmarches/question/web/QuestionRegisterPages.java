package fr.openmarches.question.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.platform.Flash;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.SpreadsheetCsv;
import fr.openmarches.question.QuestionDesk;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
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

/** The question register of a consultation, for its buyers: read, answer, export. */
@Controller
class QuestionRegisterPages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(LegalTime.ZONE);

	private final BuyerConsultations buyerConsultations;

	private final QuestionDesk desk;

	private final MessageSource messages;

	QuestionRegisterPages(BuyerConsultations buyerConsultations, QuestionDesk desk, MessageSource messages) {
		this.buyerConsultations = buyerConsultations;
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/acheteur/consultations/{id}/questions")
	String register(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer, Model model) {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow();
		model.addAttribute("consultation", consultation);
		model.addAttribute("questions", desk.register(consultation.id()));
		return "question/register";
	}

	@PostMapping("/acheteur/consultations/{id}/questions/{question}/reponse")
	String answer(@PathVariable UUID id, @PathVariable UUID question, @RequestParam(defaultValue = "") String publishedQuestion,
			@RequestParam(defaultValue = "") String answer, @AuthenticationPrincipal SignedInUser buyer, Model model,
			RedirectAttributes redirect) {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow();
		if (publishedQuestion.isBlank() || answer.isBlank() || publishedQuestion.length() > 10_000
				|| answer.length() > 10_000) {
			model.addAttribute("consultation", consultation);
			model.addAttribute("questions", desk.register(consultation.id()));
			model.addAttribute("failed", question);
			model.addAttribute("publishedQuestion", publishedQuestion);
			model.addAttribute("answer", answer);
			return "question/register";
		}
		try {
			desk.answer(consultation.id(), question, publishedQuestion, answer, buyer.accountId());
		}
		catch (NoSuchElementException e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (IllegalStateException e) {
			redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.warning("question.answer.already"));
			return "redirect:/acheteur/consultations/" + id + "/questions";
		}
		redirect.addFlashAttribute(Flash.ATTRIBUTE, Flash.success("question.answer.published"));
		return "redirect:/acheteur/consultations/" + id + "/questions";
	}

	@GetMapping("/acheteur/consultations/{id}/questions.csv")
	void csv(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
			HttpServletResponse response) throws IOException {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow();
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename("registre-questions-" + consultation.reference().replaceAll("[^\\w.-]", "_") + ".csv")
			.build()
			.toString());
		var csv = SpreadsheetCsv.start(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
				List.of("askedAt", "asker", "company", "email", "question", "answeredAt", "publishedQuestion", "answer")
					.stream()
					.map(column -> messages.getMessage("question.register." + column, null, locale))
					.toList());
		for (var q : desk.register(consultation.id())) {
			csv.row(List.of(WHEN.format(q.askedAt()), q.asker().name(), nullToEmpty(q.asker().company()),
					q.asker().email(), q.text(), q.answeredAt() == null ? "" : WHEN.format(q.answeredAt()),
					nullToEmpty(q.publishedQuestion()), nullToEmpty(q.answer())));
		}
		csv.finish();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}
}
