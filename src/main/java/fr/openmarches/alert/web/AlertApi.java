package fr.openmarches.alert.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.alert.Alerts;
import fr.openmarches.alert.UnknownPortalException;
import fr.openmarches.alert.Frequency;
import fr.openmarches.alert.web.AlertResources.AlertItem;
import fr.openmarches.alert.web.AlertResources.FrequencyChange;
import fr.openmarches.alert.web.AlertResources.NewAlert;
import fr.openmarches.cpv.UnknownCpvCodeException;
import fr.openmarches.identity.AccountService;
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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** My alerts through the API (session and CSRF token). */
@RestController
@Tag(name = "Alerts", description = "Saved searches and the mails announcing new consultations")
class AlertApi {

	private final Alerts alerts;

	private final AccountService accounts;

	private final MessageSource messages;

	AlertApi(Alerts alerts, AccountService accounts, MessageSource messages) {
		this.alerts = alerts;
		this.accounts = accounts;
		this.messages = messages;
	}

	@GetMapping("/api/v1/me/alerts")
	@Operation(summary = "My alerts")
	List<AlertItem> mine(@AuthenticationPrincipal SignedInUser person) {
		return alerts.of(person.accountId()).stream().map(AlertItem::of).toList();
	}

	@PostMapping("/api/v1/me/alerts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a search with its alert",
			description = "At least one criterion; frequency IMMEDIATE or DAILY (by default).")
	@ApiResponse(responseCode = "201", description = "Saved; it announces consultations published from now on")
	@ApiResponse(responseCode = "400", description = "No name, no criterion, a CPV code that is not one of CPV 2008, or an unknown portal",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	AlertItem save(@RequestBody NewAlert request, @AuthenticationPrincipal SignedInUser person, Locale locale) {
		var account = accounts.find(person.accountId()).orElseThrow();
		var criteria = request.criteria() == null ? null : request.criteria().criteria();
		if (criteria == null) {
			throw new IllegalArgumentException("An alert watches for something");
		}
		return AlertItem.of(alerts.save(person.accountId(), account.email(), locale, request.name(), criteria,
				request.frequency() == null ? Frequency.DAILY : request.frequency()));
	}

	@PutMapping("/api/v1/me/alerts/{id}/frequency")
	@Operation(summary = "Change how often an alert mails")
	void change(@PathVariable UUID id, @RequestBody FrequencyChange request, @AuthenticationPrincipal SignedInUser person) {
		alerts.change(person.accountId(), id, request.frequency());
	}

	@DeleteMapping("/api/v1/me/alerts/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an alert")
	void delete(@PathVariable UUID id, @AuthenticationPrincipal SignedInUser person) {
		alerts.delete(person.accountId(), id);
	}

	@ExceptionHandler(UnknownCpvCodeException.class)
	ProblemDetail unknownCpv(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("alert.form.error.cpv", null, locale));
	}

	@ExceptionHandler(UnknownPortalException.class)
	ProblemDetail unknownPortal(Locale locale) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("alert.form.error.portal", null, locale));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"An alert has a name (at most 120 characters) and at least one criterion");
	}
}
