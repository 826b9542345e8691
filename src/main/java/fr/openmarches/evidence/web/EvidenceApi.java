package fr.openmarches.evidence.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.openmarches.evidence.DailyHead;
import fr.openmarches.evidence.DailyHeads;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.evidence.ReceiptVerification;
import fr.openmarches.evidence.web.EvidenceResources.EntryResource;
import fr.openmarches.evidence.web.EvidenceResources.HeadResource;
import fr.openmarches.evidence.web.EvidenceResources.VerificationRequest;
import fr.openmarches.evidence.web.EvidenceResources.VerificationResource;

/**
 * The evidence log as open data, and receipt verification. Everything here is public: the log
 * holds no bid content and no personal data; verifying takes no identity (so no CSRF token).
 */
@RestController
@Tag(name = "Evidence", description = "The hash-chained evidence log, its timestamped daily heads, and receipt verification")
class EvidenceApi {

	/** The most entries one call returns. */
	static final int MAX_ENTRIES = 1000;

	private final EvidenceLog log;

	private final DailyHeads heads;

	private final ReceiptVerification verification;

	EvidenceApi(EvidenceLog log, DailyHeads heads, ReceiptVerification verification) {
		this.log = log;
		this.heads = heads;
		this.verification = verification;
	}

	@GetMapping(path = "/api/v1/evidence/heads", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The timestamped daily heads",
			description = "Each day's head of the evidence log, the latest first, with its RFC 3161 token.")
	List<HeadResource> heads() {
		return heads.all().stream().map(HeadResource::of).toList();
	}

	@GetMapping(path = "/api/v1/evidence/heads.csv", produces = "text/csv")
	@Operation(summary = "The timestamped daily heads as CSV",
			description = "Comma-separated, UTF-8, every field quoted: day, sequence, entry_hash, timestamp_time, "
					+ "timestamp_authority, timestamp_token (base64 DER).")
	void headsCsv(HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"evidence-heads.csv\"");
		var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writeCsv(heads.all(), out);
		out.flush();
	}

	@GetMapping(path = "/api/v1/evidence/entries", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "A segment of the evidence log",
			description = "Entries from `from` to `to` (both included, at most " + MAX_ENTRIES
					+ "), in order, with every field needed to recompute their hashes (docs/evidence.md).")
	List<EntryResource> entries(@Parameter(description = "First sequence number, from 1") @RequestParam long from,
			@Parameter(description = "Last sequence number") @RequestParam long to) {
		if (from < 1 || to < from || to - from >= MAX_ENTRIES) {
			throw new BadRange("from must be at least 1, to at least from, and at most " + MAX_ENTRIES
					+ " entries per call");
		}
		return log.entries(from, to).stream().map(EntryResource::of).toList();
	}

	@PostMapping(path = "/api/v1/evidence/verification", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Verify a receipt's data",
			description = "Finds the deposit's entry, recomputes the chain to the next timestamped daily head and "
					+ "verifies that head's token. The verdict is VERIFIED, PENDING (no head covers it yet) or FAILED, "
					+ "with each step.")
	VerificationResource verify(@RequestBody VerificationRequest request) {
		if (request.depositId() == null || request.manifestSha256() == null
				|| !request.manifestSha256().strip().matches("(?i)[0-9a-f]{64}")) {
			throw new BadRange("depositId and manifestSha256 (64 hexadecimal digits) are required");
		}
		return VerificationResource.of(verification.verify(request.depositId(),
				HexFormat.of().parseHex(request.manifestSha256().strip().toLowerCase()), request.sequence()));
	}

	@PostMapping(path = "/api/v1/evidence/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Verify a receipt PDF",
			description = "Checks the receipt's seal, reads the deposit's data it carries, then verifies it as the JSON form does.")
	VerificationResource verifyPdf(@RequestPart("receipt") MultipartFile receipt) throws IOException {
		if (receipt.isEmpty()) {
			throw new BadRange("the receipt PDF is empty");
		}
		return VerificationResource.of(verification.verifyPdf(receipt.getBytes()));
	}

	@ExceptionHandler({ BadRange.class, IllegalArgumentException.class })
	ProblemDetail badRequest(RuntimeException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
	}

	static void writeCsv(List<DailyHead> all, Writer out) throws IOException {
		out.write("day,sequence,entry_hash,timestamp_time,timestamp_authority,timestamp_token\r\n");
		for (var head : all) {
			var resource = HeadResource.of(head);
			out.write(String.join(",", quoted(resource.day().toString()), quoted(Long.toString(resource.sequence())),
					quoted(resource.entryHash()), quoted(resource.timestampTime().toString()),
					quoted(resource.timestampAuthority()), quoted(resource.timestampToken())));
			out.write("\r\n");
		}
	}

	private static String quoted(String value) {
		return "\"" + (value == null ? "" : value.replace("\"", "\"\"")) + "\"";
	}

	/** Input the API cannot take. */
	static class BadRange extends RuntimeException {

		BadRange(String message) {
			super(message);
		}
	}
}
