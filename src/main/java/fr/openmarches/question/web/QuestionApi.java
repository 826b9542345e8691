package fr.openmarches.question.web;

import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.Role;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.question.Asker;
import fr.openmarches.question.PublishedAnswer;
import fr.openmarches.question.QuestionDesk;
import fr.openmarches.question.QuestionView;
import fr.openmarches.question.QuestionsClosedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Questions and answers through the API (writes need the session and its CSRF token). */
@RestController
@Tag(name = "Questions", description = "Companies' questions on consultations and the buyers' answers")
class QuestionApi {

	private final QuestionDesk desk;

	private final BuyerConsultations buyerConsultations;

	private final AccountService accounts;

	private final CompanyService companies;

	QuestionApi(QuestionDesk desk, BuyerConsultations buyerConsultations, AccountService accounts, CompanyService companies) {
		this.desk = desk;
		this.buyerConsultations = buyerConsultations;
		this.accounts = accounts;
		this.companies = companies;
	}

	@GetMapping("/api/v1/consultations/{id}/questions")
	@Operation(summary = "The answers published on a consultation", description = "Questions as the buyer published them: they name nobody.")
	List<PublishedAnswer> published(@PathVariable UUID id) {
		return desk.published(new ConsultationId(id));
	}

	@PostMapping("/api/v1/consultations/{id}/questions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask a question", description = "For signed-in company members, until the questions deadline (409 after).")
	QuestionView ask(@PathVariable UUID id, @RequestBody QuestionRequest request,
			@AuthenticationPrincipal SignedInUser person, Locale locale) {
		if (!person.has(Role.SUPPLIER_MEMBER) && !person.has(Role.SUPPLIER_ADMIN)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		var account = accounts.find(person.accountId()).orElseThrow();
		var company = companies.companyOf(person.accountId()).map(c -> c.name()).orElse(null);
		return desk.ask(new ConsultationId(id),
				new Asker(person.accountId(), account.displayName(), company, account.email(), locale), request.text());
	}

	@GetMapping("/api/v1/me/questions")
	@Operation(summary = "The questions I asked")
	List<QuestionView> mine(@AuthenticationPrincipal SignedInUser person) {
		return desk.askedBy(person.accountId());
	}

	@GetMapping("/api/v1/buyer/consultations/{id}/questions")
	@Operation(summary = "The question register of a consultation", description = "For the consultation's buyers only.")
	List<QuestionView> register(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer) {
		return desk.register(buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow().id());
	}

	@PostMapping("/api/v1/buyer/consultations/{id}/questions/{question}/answer")
	@Operation(summary = "Answer a question", description = "Publishes the answer with the question rewritten so that it names nobody; mails it.")
	QuestionView answer(@PathVariable UUID id, @PathVariable UUID question, @RequestBody AnswerRequest request,
			@AuthenticationPrincipal SignedInUser buyer) {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow();
		return desk.answer(consultation.id(), question, request.publishedQuestion(), request.answer(), buyer.accountId());
	}

	@ExceptionHandler(QuestionsClosedException.class)
	ProblemDetail closed(QuestionsClosedException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The consultation no longer takes questions");
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "A question and an answer say something, in at most 10,000 characters");
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail alreadyAnswered(IllegalStateException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "This question is already answered");
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException e) {
		return ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
	}

	record QuestionRequest(String text) {
	}

	record AnswerRequest(String publishedQuestion, String answer) {
	}
}
