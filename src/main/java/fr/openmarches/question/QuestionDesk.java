package fr.openmarches.question;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.identity.AccountId;
import fr.openmarches.notification.Mailer;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Asking, answering and reading the questions of a consultation. */
@Service
@Transactional
public class QuestionDesk {

	private final Questions questions;

	private final ConsultationCatalogue catalogue;

	private final EntityDirectory entities;

	private final Mailer mailer;

	private final PlatformProperties platform;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	QuestionDesk(Questions questions, ConsultationCatalogue catalogue, EntityDirectory entities, Mailer mailer,
			PlatformProperties platform, ApplicationEventPublisher events, Clock clock) {
		this.questions = questions;
		this.catalogue = catalogue;
		this.entities = entities;
		this.mailer = mailer;
		this.platform = platform;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a question and tells the purchasing entity by mail.
	 * @throws QuestionsClosedException when the consultation is not taking questions now
	 * @throws NoSuchElementException when the consultation is not public
	 * @throws IllegalArgumentException when the text is empty or too long
	 */
	public QuestionView ask(ConsultationId id, Asker asker, String text) {
		var consultation = catalogue.find(id).orElseThrow();
		var deadline = deadlineFor(consultation);
		var now = clock.instant();
		if (consultation.state() != ConsultationState.PUBLISHED || !now.isBefore(deadline)) {
			throw new QuestionsClosedException(consultation.state() == ConsultationState.PUBLISHED ? deadline : null);
		}
		var question = questions.save(new Question(id, asker, text, now));
		events.publishEvent(new QuestionAsked(question.id(), id, now));
		entities.find(consultation.entity().id())
			.map(entity -> entity.email())
			.filter(email -> email != null && !email.isBlank())
			.ifPresent(email -> mailer.send(email, "question/asked", java.util.Locale.FRENCH,
					Map.of("reference", consultation.reference(), "title", consultation.title(), "link",
							platform.link("/acheteur/consultations/" + id.value() + "/questions"))));
		return question.view();
	}

	/**
	 * Publishes the answer to a question of this consultation.
	 * @throws NoSuchElementException when the question is not one of this consultation's
	 * @throws IllegalStateException when it is already answered
	 */
	public QuestionView answer(ConsultationId consultation, UUID question, String publishedQuestion, String answer,
			AccountId buyer) {
		var asked = questions.findById(question)
			.filter(q -> q.consultation().equals(consultation))
			.orElseThrow(() -> new NoSuchElementException("No question " + question + " on " + consultation));
		asked.answer(publishedQuestion, answer, buyer, clock.instant());
		return questions.save(asked).view();
	}

	/** When questions close: the questions deadline, or the deposit deadline without one. */
	public static java.time.Instant deadlineFor(ConsultationDetails consultation) {
		return consultation.questionsDeadline() != null ? consultation.questionsDeadline()
				: consultation.depositDeadline();
	}

	/** The answers published on a consultation, in the order they were given. */
	@Transactional(readOnly = true)
	public List<PublishedAnswer> published(ConsultationId consultation) {
		return questions.findByConsultationIdAndStateOrderByAnsweredAtAsc(consultation.value(), QuestionState.ANSWERED)
			.stream()
			.map(Question::view)
			.map(q -> new PublishedAnswer(q.id(), q.askedAt(), q.publishedQuestion(), q.answer(), q.answeredAt()))
			.toList();
	}

	/** The question register of a consultation, the latest first. */
	@Transactional(readOnly = true)
	public List<QuestionView> register(ConsultationId consultation) {
		return questions.findByConsultationIdOrderByAskedAtDesc(consultation.value()).stream().map(Question::view).toList();
	}

	/** The questions a person asked, the latest first. */
	@Transactional(readOnly = true)
	public List<QuestionView> askedBy(AccountId account) {
		return questions.findByAskerAccountOrderByAskedAtDesc(account.value()).stream().map(Question::view).toList();
	}

	@Transactional(readOnly = true)
	public java.util.Optional<QuestionView> find(UUID question) {
		return questions.findById(question).map(Question::view);
	}
}
