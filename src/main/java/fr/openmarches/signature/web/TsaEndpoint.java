package fr.openmarches.signature.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fr.openmarches.signature.tsa.TimestampAuthority;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The built-in timestamp authority over HTTP (RFC 3161 §3.4), for other platforms and tools
 * ({@code openssl ts -query … | curl --data-binary @- -H 'Content-Type: application/timestamp-query'}).
 * It takes no identity from the session, so it needs no CSRF token.
 */
@RestController
@Tag(name = "Timestamps", description = "The platform's RFC 3161 timestamp authority")
class TsaEndpoint {

	static final String QUERY = "application/timestamp-query";

	static final String REPLY = "application/timestamp-reply";

	/** A query is about a hundred bytes; anything much larger is not one. */
	private static final int MAX_QUERY_BYTES = 8 * 1024;

	private final TimestampAuthority authority;

	TsaEndpoint(TimestampAuthority authority) {
		this.authority = authority;
	}

	@PostMapping(path = "/tsa", consumes = QUERY, produces = REPLY)
	@Operation(summary = "Timestamp a hash (RFC 3161)",
			description = "Takes a DER TimeStampReq (SHA-256, SHA-384 or SHA-512 imprint) and answers a DER TimeStampResp. "
					+ "The token is signed with ECDSA P-256 by the platform's timestamping certificate, issued by the "
					+ "platform certificate and carried in the token when the request asks for it (certReq). "
					+ "A request that cannot be read or uses another algorithm gets a rejection (status 2) with "
					+ "its failure info, still with HTTP 200, as RFC 3161 wants.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = QUERY,
					schema = @Schema(type = "string", format = "binary", description = "DER-encoded TimeStampReq"))),
			responses = { @ApiResponse(responseCode = "200", description = "A TimeStampResp, granted or rejected",
					content = @Content(mediaType = REPLY,
							schema = @Schema(type = "string", format = "binary", description = "DER-encoded TimeStampResp"))),
					@ApiResponse(responseCode = "413", description = "The body is larger than 8 KiB") })
	ResponseEntity<byte[]> stamp(InputStream body) throws IOException {
		var query = body.readNBytes(MAX_QUERY_BYTES + 1);
		if (query.length > MAX_QUERY_BYTES) {
			throw new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
		}
		return ResponseEntity.ok().header("Content-Type", REPLY).body(authority.respond(query));
	}
}
