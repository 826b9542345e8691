package fr.openmarches.identity.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.identity.ApiTokenAuthentication;
import fr.openmarches.identity.ApiTokenRefusedException;
import fr.openmarches.identity.ApiTokenView;
import fr.openmarches.identity.PersonalTokens;
import fr.openmarches.identity.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * My personal API tokens through the API. Making one needs the session (and its CSRF token): a
 * token cannot make tokens, so that a leaked one cannot outlive its revocation or expiry.
 */
@RestController
@Tag(name = "API tokens", description = "Personal tokens for scripts and the command-line client (Authorization: Bearer)")
@ApiResponse(responseCode = "401", description = "Not signed in, or the bearer token is unknown, revoked or expired",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
class ApiTokenApi {

	private final PersonalTokens tokens;

	private final MessageSource messages;

	ApiTokenApi(PersonalTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/api/v1/me/tokens")
	@Operation(summary = "My API tokens", description = "Newest first, revoked and expired ones included; never their secrets.")
	List<ApiTokenView> mine(@AuthenticationPrincipal SignedInUser person) {
		return tokens.of(person.accountId());
	}

	@PostMapping("/api/v1/me/tokens")
	@Operation(summary = "Make an API token",
			description = "Answers the token with its secret, shown this once: only its SHA-256 is kept. Send it as "
					+ "Authorization: Bearer <secret> to /api/v1/**; it acts as you, with your roles, until its last day "
					+ "(Paris time, optional) or its revocation. Needs the session and its CSRF token, not a token.")
	@ApiResponse(responseCode = "201", description = "The token and its secret")
	@ApiResponse(responseCode = "400", description = "No name, a name over 80 characters, a last day in the past, or 20 tokens in force already",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Asked with a token rather than the session, or without the CSRF token",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PersonalTokens.NewApiToken> create(@RequestBody NewToken request,
			@AuthenticationPrincipal SignedInUser person, Authentication authentication) {
		if (authentication instanceof ApiTokenAuthentication) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Tokens are made from a signed-in session, not with a token");
		}
		var made = tokens.create(person.accountId(), request.name(), request.lastDay());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + made.token().id())).body(made);
	}

	@DeleteMapping("/api/v1/me/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke an API token", description = "At once; revoking again answers the same. Works with the token itself.")
	@ApiResponse(responseCode = "404", description = "No such token of yours",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
	void revoke(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person) {
		if (!tokens.revoke(person.accountId(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@ExceptionHandler(ApiTokenRefusedException.class)
	ProblemDetail refused(ApiTokenRefusedException e, Locale locale) {
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e.messageKey(), null, locale));
		problem.setProperty("code", e.messageKey());
		return problem;
	}

	/**
	 * @param name what the token is for (1 to 80 characters)
	 * @param lastDay the last day it works (Paris), e.g. 2027-06-30; omitted: it never expires
	 */
	record NewToken(String name, LocalDate lastDay) {
	}
}
