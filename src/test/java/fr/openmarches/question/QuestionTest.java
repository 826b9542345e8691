package fr.openmarches.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import org.junit.jupiter.api.Test;

class QuestionTest {

	final Instant now = Instant.parse("2026-11-23T10:00:00Z");

	final Asker asker = new Asker(AccountId.random(), "Léa Fontaine", "Atelier Numérique du Berry", "lea@berry.example",
			Locale.FRENCH);

	@Test
	void anAnswerPublishesTheRewrittenQuestionAndKeepsTheAskersWords() {
		var question = new Question(new ConsultationId(UUID.randomUUID()), asker, "  Chez Atelier du Berry, peut-on répondre sur le lot 2 seul ?  ", now);

		question.answer("Peut-on répondre sur le lot 2 seul ?", "Oui, les lots sont indépendants.", AccountId.random(),
				now.plusSeconds(3600));

		var view = question.view();
		assertThat(view.text()).isEqualTo("Chez Atelier du Berry, peut-on répondre sur le lot 2 seul ?");
		assertThat(view.publishedQuestion()).isEqualTo("Peut-on répondre sur le lot 2 seul ?");
		assertThat(view.answered()).isTrue();
		assertThat(view.answeredAt()).isEqualTo(now.plusSeconds(3600));
		assertThat(question.events()).singleElement().isInstanceOf(AnswerPublished.class);
	}

	@Test
	void aQuestionIsAnsweredOnce() {
		var question = new Question(new ConsultationId(UUID.randomUUID()), asker, "Question ?", now);
		question.answer("Question ?", "Réponse.", AccountId.random(), now);

		assertThatThrownBy(() -> question.answer("Question ?", "Autre réponse.", AccountId.random(), now))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void emptyOrOverlongTextsAreRefused() {
		var consultation = new ConsultationId(UUID.randomUUID());
		assertThatThrownBy(() -> new Question(consultation, asker, "   ", now)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Question(consultation, asker, "x".repeat(10_001), now))
			.isInstanceOf(IllegalArgumentException.class);
		var question = new Question(consultation, asker, "Question ?", now);
		assertThatThrownBy(() -> question.answer("", "Réponse", AccountId.random(), now))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(question.view().answered()).isFalse();
	}
}
