package fr.openmarches.opening.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.SignedInUser;
import fr.openmarches.opening.OpenedPiece;
import fr.openmarches.opening.OpeningDesk;
import fr.openmarches.opening.web.SessionResources.AdmissionPayload;
import fr.openmarches.opening.web.SessionResources.DecisionPayload;
import fr.openmarches.opening.web.SessionResources.FileKeysPayload;
import fr.openmarches.opening.web.SessionResources.PresentShareResource;
import fr.openmarches.opening.web.SessionResources.SharePayload;
import fr.openmarches.opening.web.SessionResources.StartPayload;
import fr.openmarches.opening.web.SessionResources.ViewResource;
import fr.openmarches.sealing.SealBrokenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A consultation's opening session: the commission's members act, its buyers read. */
@RestController
@RequestMapping(path = "/api/v1/buyer/consultations/{id}/opening-session", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasAnyRole('COMMISSION_MEMBER', 'BUYER_AGENT', 'ENTITY_ADMIN')")
@Tag(name = "Opening session", description = """
		The opening of a closed consultation's deposits by its commission (docs/sealing.md, « Opening session »). \
		The host's browser starts a session with an ephemeral session public key; each member's browser opens \
		their share with their passphrase and re-seals it for that key after checking its fingerprint with the \
		host; with a quorum present the host's browser fetches the shares, rebuilds the opening key, and hands \
		the server the file keys of the pieces of the envelope being opened — never the opening key nor a \
		content key. The server checks each stored blob against the manifest and records per piece: OPENED, \
		HASH_MISMATCH, DOES_NOT_OPEN, SEAL_BROKEN or STORAGE_ALTERED. Only the consultation's commission members \
		act; its buyers read; anyone else gets 404. Writes need the CSRF token (header X-CSRF-TOKEN).""")
@ApiResponse(responseCode = "401", description = "Not signed in",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not an agent; or a buyer who does not sit on the commission; or not the host",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "Not a consultation whose commission or buyers the reader belongs to",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class OpeningSessionApi {

	private final OpeningDesk desk;

	OpeningSessionApi(OpeningDesk desk) {
		this.desk = desk;
	}

	@GetMapping
	@Operation(summary = "Read the opening", description = """
			The commission and quorum, the session in progress (its public key and fingerprint, who is present, \
			how many more are needed), the sessions held, and the deposits with their wrapped content keys, the \
			pieces' salts and hashes and each piece's result; late deposits apart. File names appear once a piece opened.""")
	ViewResource read(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return ViewResource.of(desk.view(user.accountId(), new ConsultationId(id)));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a session", description = """
			A commission member (the host) starts a session for one envelope, once the consultation is closed \
			(409 before, or while another session is in progress), with the session public key their browser made.""")
	@ApiResponse(responseCode = "400", description = "Not an RSA 3072 key, or no envelope: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Not closed, or a session is in progress: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ViewResource start(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody StartPayload payload) {
		return ViewResource.of(desk.start(user.accountId(), new ConsultationId(id), payload.envelope(),
				payload.sessionPublicKey()));
	}

	@PutMapping(path = "/shares/me", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Join with my share", description = """
			A member present posts their share of the opening key, opened in their browser with their passphrase \
			and re-sealed for the session public key once they checked its fingerprint with the host's screen. \
			Posting again replaces it.""")
	@ApiResponse(responseCode = "400", description = "The sealed share is not a JSON object",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "No session in progress",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ViewResource join(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody SharePayload payload) {
		return ViewResource.of(desk.join(user.accountId(), new ConsultationId(id), OpeningResources.text(payload.sealedShare())));
	}

	@GetMapping("/shares")
	@Operation(summary = "Fetch the shares (host)", description = """
			The shares of the members present, sealed for the session key: for the host, once a quorum is present \
			(409 before). Only the host's tab holds the session private key that opens them.""")
	@ApiResponse(responseCode = "409", description = "No session in progress, or fewer members present than the quorum",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	List<PresentShareResource> shares(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return desk.shares(user.accountId(), new ConsultationId(id)).stream().map(PresentShareResource::of).toList();
	}

	@PostMapping(path = "/file-keys", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Hand file keys (host)", description = """
			The file keys of pieces of the envelope being opened. All or nothing: a piece of another envelope, of a \
			late deposit without a decision, already opened or unknown refuses the whole request (nothing read). \
			Each piece's stored blob is checked against the manifest, opened with its key and its plaintext hashed; \
			the answer is the opening with each piece's result.""")
	@ApiResponse(responseCode = "400", description = "Unknown piece or a key that is not 32 bytes in base64: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Another envelope, late deposit undecided, already opened, no quorum: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ViewResource open(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody FileKeysPayload payload) {
		return ViewResource.of(desk.open(user.accountId(), new ConsultationId(id), payload.fileKeys()));
	}

	@PostMapping("/end")
	@Operation(summary = "End the session (host)", description = "The session takes no more shares or keys; the host's tab forgets its keys.")
	@ApiResponse(responseCode = "409", description = "No session in progress",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ViewResource end(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
		return ViewResource.of(desk.end(user.accountId(), new ConsultationId(id)));
	}

	@PostMapping(path = "/late-deposits/{deposit}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Decide to open a late deposit", description = """
			Records a member's decision to open a late deposit, with the reason; until then its file keys are refused.""")
	@ApiResponse(responseCode = "400", description = "Not a late deposit of the consultation, or no reason: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Already decided",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ViewResource decide(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID deposit,
			@RequestBody DecisionPayload payload) {
		return ViewResource.of(desk.decideLate(user.accountId(), new ConsultationId(id), deposit, payload.reason()));
	}

	@PostMapping(path = "/admissions/{deposit}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Admit or set aside an application", description = """
			Records a member's decision on a deposit's application once every application piece went through the \
			opening: admitted, or set aside with the reason. Offers open after the applications (unless the offers are \
			examined first), and only the admitted candidates': a set-aside deposit's offer keys are refused.""")
	@ApiResponse(responseCode = "400", description = "No reason for a deposit set aside: see 'reason'",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "Application pieces not yet opened, or already decided",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ViewResource admit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID deposit,
			@RequestBody AdmissionPayload payload) {
		return ViewResource.of(desk.decideAdmission(user.accountId(), new ConsultationId(id), deposit, payload.admitted(),
				payload.reason()));
	}

	@PostMapping(path = "/offers-first", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Examine the offers before the applications", description = """
			Records a member's decision, with the reason, to examine the offers before the applications (Code de la \
			commande publique, art. R2161-4): offers then open without waiting for the admissions. Only before any \
			offer piece was tried.""")
	@ApiResponse(responseCode = "409", description = "Already decided, or offers already being opened",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ViewResource offersFirst(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@RequestBody DecisionPayload payload) {
		return ViewResource.of(desk.decideOffersFirst(user.accountId(), new ConsultationId(id), payload.reason()));
	}

	@GetMapping(path = "/report", produces = { MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Download the opening report", description = """
			The procès-verbal d'ouverture as it stands, drawn up at the request and sealed by the platform (PAdES, \
			timestamped): consultation, commission and quorum, each session with its host, times and members present, \
			then every deposit (late ones apart, with the decision to open them) and per piece its envelope, size, \
			hashes, opening result and signature check. In French, or English with Accept-Language: en. For the \
			commission's members and the consultation's buyers, once the deadline passed (400 NOT_CLOSED before).""")
	@ApiResponse(responseCode = "200", description = "The sealed PDF", content = @Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
	ResponseEntity<byte[]> report(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
		var pdf = desk.report(user.accountId(), new ConsultationId(id), locale);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("proces-verbal-ouverture-" + id + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

	@GetMapping(path = "/pieces/{deposit}/{position}/signature-report", produces = { MediaType.APPLICATION_XML_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Read the signature report of an opened piece", description = """
			EU DSS's validation report (ETSI EN 319 102-1) of the piece's signature, as it came when the piece was \
			checked after opening: the simple report by default, the detailed one (every constraint checked) with \
			detailed=true. For a piece signed by a detached signature file, ask for that file's position (the \
			session view gives it as signature.checkedPosition). 404 when the piece holds no checked signature.""")
	@ApiResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE))
	ResponseEntity<byte[]> signatureReport(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@PathVariable UUID deposit, @PathVariable int position,
			@RequestParam(defaultValue = "false") boolean detailed) {
		var report = desk.signatureReport(user.accountId(), new ConsultationId(id), deposit, position, detailed);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("signature-" + deposit + "-" + position + (detailed ? "-detailed" : "") + ".xml")
				.build()
				.toString())
			.contentType(MediaType.APPLICATION_XML)
			.header("X-Content-Type-Options", "nosniff")
			.body(report);
	}

	@GetMapping(path = "/pieces/{deposit}/{position}", produces = { MediaType.APPLICATION_OCTET_STREAM_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Read an opened piece", description = """
			The piece's bytes, decrypted on the fly from the sealed blob (every tag checked again, nothing kept in \
			clear), once its result is OPENED; 404 before. Should a tag fail while streaming, the connection is cut.""")
	@ApiResponse(responseCode = "200", description = "The piece", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE))
	ResponseEntity<StreamingResponseBody> piece(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@PathVariable UUID deposit, @PathVariable int position) {
		return attachment(desk.openedPiece(user.accountId(), new ConsultationId(id), deposit, position),
				"Piece " + deposit + "/" + position);
	}

	@GetMapping(path = "/references/{deposit}/{index}", produces = { MediaType.APPLICATION_OCTET_STREAM_VALUE,
			MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Read a document referenced instead of sent again", description = """
			« Dites-le-nous une fois »: a deposit may reference a vault document the company already gave to the same \
			purchasing entity in an earlier deposit, opened there (the deposit view lists them as references once the \
			deposit's candidature opened). This serves that earlier opened copy, decrypted on the fly, to the \
			consultation's members and buyers once the deposit's candidature opened; 404 before, or for anyone else. \
			The company's vault itself is never read.""")
	@ApiResponse(responseCode = "200", description = "The document", content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE))
	ResponseEntity<StreamingResponseBody> reference(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id,
			@PathVariable UUID deposit, @PathVariable int index) {
		return attachment(desk.referencedPiece(user.accountId(), new ConsultationId(id), deposit, index),
				"Reference " + deposit + "/" + index);
	}

	/**
	 * An opened piece as an attachment, decrypted while it streams: always as bytes to save, whatever type
	 * the company declared, so that nothing of it renders in the platform's origin; should a tag fail
	 * while streaming, the connection is cut.
	 */
	private static ResponseEntity<StreamingResponseBody> attachment(OpenedPiece piece, String what) {
		StreamingResponseBody body = out -> {
			try {
				piece.content().writeTo(out);
			}
			catch (SealBrokenException broken) {
				throw new IOException(what + " no longer opens: " + broken.getMessage(), broken);
			}
		};
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(piece.fileName(), StandardCharsets.UTF_8).build().toString())
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(piece.size())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}
}
