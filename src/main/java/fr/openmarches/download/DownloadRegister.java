package fr.openmarches.download;

import java.util.LinkedHashMap;
import java.util.List;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The download register, as buyers and other modules read it. */
@Service
@Transactional(readOnly = true)
public class DownloadRegister {

	private final Downloads downloads;

	DownloadRegister(Downloads downloads) {
		this.downloads = downloads;
	}

	/** Every download of a consultation, the latest first. */
	public List<DownloadView> of(ConsultationId consultation) {
		return downloads.findByConsultationIdOrderByDownloadedAtDesc(consultation.value())
			.stream()
			.map(Download::view)
			.toList();
	}

	/**
	 * The people who identified themselves when downloading, once per email address (with the
	 * name and language of their latest download): those to tell of changes and answers.
	 */
	public List<Downloader> identifiedDownloaders(ConsultationId consultation) {
		var byEmail = new LinkedHashMap<String, Downloader>();
		for (var download : downloads.findByConsultationIdAndIdentifiedTrueOrderByDownloadedAtDesc(consultation.value())) {
			var who = download.view().downloader();
			byEmail.putIfAbsent(who.email().toLowerCase(java.util.Locale.ROOT), who);
		}
		return List.copyOf(byEmail.values());
	}

	/** A signed-in person's own downloads, the latest first. */
	public List<DownloadView> of(AccountId account) {
		return downloads.findByAccountIdOrderByDownloadedAtDesc(account.value()).stream().map(Download::view).toList();
	}
}
