package fr.openmarches.question;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A question asked on a consultation, and its answer. The asker's identity stays in the register;
 * what is published is the question as the buyer rewrote it, and the answer.
 */
@Entity
@Table(schema = "question", name = "question")
class Question extends AbstractAggregateRoot<Question> {

	static final int MAXIMUM_LENGTH = 10_000;

	@Id
	private UUID id;

	@Column(name = "consultation_id", nullable = false)
	private UUID consultationId;

	@Column(name = "asked_at", nullable = false)
	private Instant askedAt;

	@Column(name = "asker_account_id", nullable = false)
	private UUID askerAccount;

	@Column(name = "asker_name", nullable = false)
	private String askerName;

	@Column(name = "asker_company")
	private String askerCompany;

	@Column(name = "asker_email", nullable = false)
	private String askerEmail;

	@Column(name = "asker_language", nullable = false)
	private String askerLanguage;

	@Column(nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private QuestionState state;

	@Column(name = "published_question")
	private String publishedQuestion;

	private String answer;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "answered_by")
	private UUID answeredBy;

	@Version
	private long version;

	protected Question() {
	}

	Question(ConsultationId consultation, Asker asker, String text, Instant now) {
		this.id = UUID.randomUUID();
		this.consultationId = consultation.value();
		this.askedAt = now;
		this.askerAccount = asker.account().value();
		this.askerName = asker.name();
		this.askerCompany = asker.company();
		this.askerEmail = asker.email();
		this.askerLanguage = asker.locale().getLanguage();
		this.text = required(text);
		this.state = QuestionState.ASKED;
	}

	/**
	 * Publishes the answer, with the question as the buyer rewrote it for everyone (it must name
	 * nobody). Registers {@link AnswerPublished}.
	 * @throws IllegalStateException when the question is already answered
	 */
	void answer(String publishedQuestion, String answer, AccountId buyer, Instant now) {
		if (state != QuestionState.ASKED) {
			throw new IllegalStateException("Question " + id + " is already answered");
		}
		this.publishedQuestion = required(publishedQuestion);
		this.answer = required(answer);
		this.answeredAt = now;
		this.answeredBy = buyer.value();
		this.state = QuestionState.ANSWERED;
		registerEvent(new AnswerPublished(id, consultation(), now));
	}

	private static String required(String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("A question and an answer say something");
		}
		if (text.length() > MAXIMUM_LENGTH) {
			throw new IllegalArgumentException("At most " + MAXIMUM_LENGTH + " characters");
		}
		return text.strip();
	}

	UUID id() {
		return id;
	}

	/** The events registered and not yet published (published when the question is saved). */
	java.util.Collection<Object> events() {
		return domainEvents();
	}

	ConsultationId consultation() {
		return new ConsultationId(consultationId);
	}

	QuestionState state() {
		return state;
	}

	QuestionView view() {
		return new QuestionView(id, consultation(), askedAt,
				new Asker(new AccountId(askerAccount), askerName, askerCompany, askerEmail,
						java.util.Locale.forLanguageTag(askerLanguage)),
				text, state, publishedQuestion, answer, answeredAt);
	}
}
