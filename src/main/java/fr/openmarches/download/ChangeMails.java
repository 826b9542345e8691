package fr.openmarches.download;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import fr.openmarches.consultation.ConsultationChanged;
import fr.openmarches.consultation.DeadlineExtended;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every person who identified themselves when downloading a consultation's documents that
 * the buyer published a change to them: its number, its reason and the documents added, replaced
 * or removed — and that the buyer extended the deposit deadline (after an outage of the
 * platform): the new deadline and the reason — once per address, in the language they downloaded
 * in. Runs after the change is committed; the event registry retries it should it fail.
 */
@Component
class ChangeMails {

	private static final DateTimeFormatter LEGAL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final DownloadRegister register;

	private final Mailer mailer;

	private final PlatformProperties platform;

	ChangeMails(DownloadRegister register, Mailer mailer, PlatformProperties platform) {
		this.register = register;
		this.mailer = mailer;
		this.platform = platform;
	}

	@ApplicationModuleListener
	void on(ConsultationChanged change) {
		var link = platform.link("/consultations/" + change.consultation().value());
		for (var downloader : register.identifiedDownloaders(change.consultation())) {
			mailer.send(downloader.email(), "download/change", downloader.locale(),
					Map.of("number", change.number(), "reference", change.reference(), "title", change.title(), "reason",
							change.reason(), "documents", change.documents(), "link", link));
		}
	}

	@ApplicationModuleListener
	void on(DeadlineExtended extension) {
		var link = platform.link("/consultations/" + extension.consultation().value());
		for (var downloader : register.identifiedDownloaders(extension.consultation())) {
			mailer.send(downloader.email(), "download/deadline-extended", downloader.locale(),
					Map.of("reference", extension.reference(), "title", extension.title(), "reason", extension.reason(),
							"previousDeadline", LEGAL_TIME.format(extension.previousDeadline().atZone(LegalTime.ZONE)),
							"newDeadline", LEGAL_TIME.format(extension.newDeadline().atZone(LegalTime.ZONE)),
							"reopened", extension.reopened(), "link", link));
		}
	}
}
