package fr.openmarches.download.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.download.DceRetrieval;
import fr.openmarches.download.Downloader;
import fr.openmarches.download.DownloadRegister;
import fr.openmarches.download.DownloadView;
import fr.openmarches.download.NothingToDownloadException;
import fr.openmarches.download.Selection;
import fr.openmarches.identity.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloading the DCE through the API: record a download (anonymous, or identified by the body;
 * the session plays no part, so no CSRF token is needed), then fetch its archive. Buyers read the
 * register.
 */
@RestController
@Tag(name = "Downloads", description = "Retrieval of the consultation documents (DCE) and the download register")
class DownloadApi {

	private final DceRetrieval retrieval;

	private final DownloadRegister register;

	private final BuyerConsultations buyerConsultations;

	private final RegisterPages pages;

	DownloadApi(DceRetrieval retrieval, DownloadRegister register, BuyerConsultations buyerConsultations, RegisterPages pages) {
		this.retrieval = retrieval;
		this.register = register;
		this.buyerConsultations = buyerConsultations;
		this.pages = pages;
	}

	@PostMapping("/api/v1/consultations/{id}/downloads")
	@Operation(summary = "Record a download of the DCE",
			description = "Takes the pieces listed (all files when the list is empty), anonymously or for the person "
					+ "described. Answers the download with the address of its ZIP archive.")
	ResponseEntity<DownloadResource> take(@PathVariable UUID id, @RequestBody DownloadRequest request) {
		var who = request.downloader() == null ? null : request.downloader().toDownloader();
		if (who != null && !DownloadPages.problemsOf(new DownloadForm(List.of(UUID.randomUUID()), false, who.givenName(),
				who.familyName(), who.company(), who.email())).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"givenName, familyName, company and a valid email are required to identify yourself");
		}
		var consultation = new ConsultationId(id);
		if (retrieval.downloadable(consultation).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		var taken = retrieval.take(consultation, new Selection(request.documents()), who, null);
		var resource = DownloadResource.of(taken);
		return ResponseEntity.created(URI.create(resource.archive())).body(resource);
	}

	@GetMapping("/api/v1/consultations/{id}/downloads/{download}/archive")
	@Operation(summary = "The ZIP archive of a recorded download", description = "Streamed, whatever its size.")
	void archive(@PathVariable UUID id, @PathVariable UUID download, HttpServletResponse response) throws IOException {
		if (!retrieval.belongsTo(download, new ConsultationId(id))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		response.setContentType("application/zip");
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(retrieval.archiveName(download).orElseThrow(), StandardCharsets.UTF_8)
			.build()
			.toString());
		retrieval.writeArchive(download, response.getOutputStream());
	}

	@GetMapping("/api/v1/me/downloads")
	@Operation(summary = "My downloads", description = "The signed-in person's downloads of consultation documents, the latest first.")
	List<DownloadResource> mine(@AuthenticationPrincipal SignedInUser person) {
		return register.of(person.accountId()).stream().map(DownloadResource::of).toList();
	}

	@GetMapping("/api/v1/buyer/consultations/{id}/downloads")
	@Operation(summary = "The download register of a consultation", description = "For the consultation's buyers only.")
	List<DownloadResource> register(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer) {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow();
		return register.of(consultation.id()).stream().map(DownloadResource::of).toList();
	}

	@GetMapping(path = "/api/v1/buyer/consultations/{id}/downloads", produces = "text/csv")
	@Operation(summary = "The download register as CSV")
	void registerCsv(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser buyer, Locale locale,
			HttpServletResponse response) throws IOException {
		var consultation = buyerConsultations.find(buyer.accountId(), new ConsultationId(id)).orElseThrow();
		response.setContentType("text/csv;charset=UTF-8");
		RegisterCsv.write(register.of(consultation.id()), pages.labels(locale),
				new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
	}

	@ExceptionHandler(NothingToDownloadException.class)
	ProblemDetail nothingToDownload(NothingToDownloadException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"No file to download: the pieces asked for are not files of this consultation");
	}

	@Schema(description = "What to download and who downloads (null: anonymously)")
	record DownloadRequest(@Schema(description = "document ids; empty for the whole DCE") List<UUID> documents,
			PersonResource downloader) {

		DownloadRequest {
			documents = documents == null ? List.of() : documents;
		}
	}

	record PersonResource(String givenName, String familyName, String company, String email,
			@Schema(description = "fr or en: the language of the mails they will receive") String language) {

		Downloader toDownloader() {
			return new Downloader(givenName, familyName, company, email,
					Locale.forLanguageTag(language == null ? "fr" : language));
		}
	}

	record DownloadResource(UUID id, UUID consultation, Instant downloadedAt, PersonResource downloader,
			boolean wholeDce, List<DownloadView.PieceView> pieces, String archive) {

		static DownloadResource of(DownloadView view) {
			var who = view.downloader();
			return new DownloadResource(view.id(), view.consultation().value(), view.downloadedAt(),
					who == null ? null : new PersonResource(who.givenName(), who.familyName(), who.company(), who.email(),
							who.locale().getLanguage()),
					view.wholeDce(), view.pieces(),
					"/api/v1/consultations/" + view.consultation().value() + "/downloads/" + view.id() + "/archive");
		}
	}
}
