package fr.openmarches.download;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationDetails.DocumentView;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.BlobStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking the documents of a consultation: records the download in the register, then streams the
 * archive of the pieces taken. Drafts are never found.
 */
@Service
public class DceRetrieval {

	private final ConsultationCatalogue catalogue;

	private final Downloads downloads;

	private final BlobStore blobs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DceRetrieval(ConsultationCatalogue catalogue, Downloads downloads, BlobStore blobs,
			ApplicationEventPublisher events, Clock clock) {
		this.catalogue = catalogue;
		this.downloads = downloads;
		this.blobs = blobs;
		this.events = events;
		this.clock = clock;
	}

	/** The files of a public consultation that may be downloaded, in their order. */
	@Transactional(readOnly = true)
	public Optional<Downloadable> downloadable(ConsultationId id) {
		return catalogue.find(id).map(Downloadable::of);
	}

	/**
	 * Records that {@code downloader} (null: anonymous) takes {@code selection} of the consultation.
	 * @throws NothingToDownloadException when no file is selected or a piece is not the consultation's
	 * @throws java.util.NoSuchElementException when the consultation is not public
	 */
	@Transactional
	public DownloadView take(ConsultationId id, Selection selection, Downloader downloader, AccountId account) {
		var consultation = catalogue.find(id).orElseThrow();
		var files = Downloadable.of(consultation).files();
		List<DocumentView> chosen;
		if (selection.whole()) {
			chosen = files;
		}
		else {
			var wanted = new HashSet<>(selection.documents());
			chosen = files.stream().filter(file -> wanted.contains(file.id())).toList();
			if (chosen.size() != wanted.size()) {
				throw new NothingToDownloadException("Not files of consultation " + id + ": " + selection.documents());
			}
		}
		if (chosen.isEmpty()) {
			throw new NothingToDownloadException("Consultation " + id + " has no file to download");
		}
		var download = downloads.save(new Download(id, clock.instant(), downloader, account,
				chosen.size() == files.size(), chosen.stream()
					.map(d -> new Download.Piece(d.id(), d.title(), d.fileName(), d.size()))
					.toList()));
		events.publishEvent(new DceDownloaded(download.id(), id, clock.instant(), downloader != null, chosen.size()));
		return download.view();
	}

	/** The archive's name for a download: « DCE-2026-DGA-0157.zip ». */
	@Transactional(readOnly = true)
	public Optional<String> archiveName(UUID download) {
		return downloads.findById(download)
			.flatMap(d -> catalogue.find(d.consultation()))
			.map(c -> "DCE-" + DceArchive.safeName(c.reference(), "consultation") + ".zip");
	}

	/** Whether a recorded download is one of this consultation's. */
	@Transactional(readOnly = true)
	public boolean belongsTo(UUID download, ConsultationId consultation) {
		return downloads.findById(download).map(d -> d.consultation().equals(consultation)).orElse(false);
	}

	/** Streams the zip of a recorded download's pieces, as they are now in the consultation. */
	public void writeArchive(UUID download, OutputStream out) throws IOException {
		var recorded = downloads.findById(download).orElseThrow();
		var consultation = catalogue.find(recorded.consultation()).orElseThrow();
		var taken = new HashSet<UUID>();
		recorded.pieces().forEach(piece -> taken.add(piece.view().documentId()));
		var files = Downloadable.of(consultation).files().stream().filter(f -> taken.contains(f.id())).toList();
		DceArchive.write(consultation.reference(), files, blobs, out);
	}

	/** One file of a public consultation, to read online (the notice, the rules). */
	public Optional<File> file(ConsultationId id, UUID document) throws IOException {
		var found = catalogue.find(id)
			.flatMap(c -> Downloadable.of(c).files().stream().filter(f -> f.id().equals(document)).findFirst());
		if (found.isEmpty()) {
			return Optional.empty();
		}
		var view = found.get();
		return Optional.of(new File(DceArchive.safeName(view.fileName(), view.title()), view.mediaType(), view.size(),
				blobs.open(view.blob())));
	}

	/** A file to send: its safe name, media type, size and content (to close). */
	public record File(String name, String mediaType, long size, InputStream content) {
	}

	/** The consultation and those of its documents that are files. */
	public record Downloadable(ConsultationDetails consultation, List<DocumentView> files) {

		static Downloadable of(ConsultationDetails consultation) {
			return new Downloadable(consultation,
					consultation.documents().stream().filter(DocumentView::dematerialised).toList());
		}

		public long totalSize() {
			return files.stream().mapToLong(DocumentView::size).sum();
		}
	}
}
