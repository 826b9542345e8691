package fr.openmarches.question;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.download.DownloadRegister;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a published answer to everyone who must know: the person who asked, and every person who
 * identified themselves when downloading the documents — each once, in their language. Runs
 * after the answer is committed; the event registry retries it should it fail.
 */
@Component
class AnswerMails {

	private final QuestionDesk desk;

	private final ConsultationCatalogue catalogue;

	private final DownloadRegister downloads;

	private final Mailer mailer;

	private final PlatformProperties platform;

	AnswerMails(QuestionDesk desk, ConsultationCatalogue catalogue, DownloadRegister downloads, Mailer mailer,
			PlatformProperties platform) {
		this.desk = desk;
		this.catalogue = catalogue;
		this.downloads = downloads;
		this.mailer = mailer;
		this.platform = platform;
	}

	@ApplicationModuleListener
	void on(AnswerPublished published) {
		var question = desk.find(published.question()).orElseThrow();
		var consultation = catalogue.find(published.consultation()).orElseThrow();
		var recipients = new LinkedHashMap<String, Locale>();
		recipients.put(question.asker().email().toLowerCase(Locale.ROOT), question.asker().locale());
		downloads.identifiedDownloaders(published.consultation())
			.forEach(who -> recipients.putIfAbsent(who.email().toLowerCase(Locale.ROOT), who.locale()));
		recipients.forEach((email, locale) -> mailer.send(email, "question/answer", locale,
				Map.of("reference", consultation.reference(), "title", consultation.title(), "question",
						question.publishedQuestion(), "answer", question.answer(), "link",
						platform.link("/consultations/" + consultation.id().value() + "/questions"))));
	}
}
