package fr.openmarches.download;

import java.util.Map;

import fr.openmarches.consultation.ConsultationChanged;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.PlatformProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells every person who identified themselves when downloading a consultation's documents that
 * the buyer published a change to them: its number, its reason and the documents added, replaced
 * or removed — once per address, in the language they downloaded in. Runs after the change is
 * committed; the event registry retries it should it fail.
 */
@Component
class ChangeMails {

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
}
