package fr.openmarches.alert.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.alert.AlertCriteria;
import fr.openmarches.alert.AlertView;
import fr.openmarches.alert.Alerts;
import fr.openmarches.alert.Frequency;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
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

	AlertApi(Alerts alerts, AccountService accounts) {
		this.alerts = alerts;
		this.accounts = accounts;
	}

	@GetMapping("/api/v1/me/alerts")
	@Operation(summary = "My alerts")
	List<AlertView> mine(@AuthenticationPrincipal SignedInUser person) {
		return alerts.of(person.accountId());
	}

	@PostMapping("/api/v1/me/alerts")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Save a search with its alert", description = "At least one criterion; frequency IMMEDIATE or DAILY.")
	AlertView save(@RequestBody NewAlert request, @AuthenticationPrincipal SignedInUser person, Locale locale) {
		var account = accounts.find(person.accountId()).orElseThrow();
		return alerts.save(person.accountId(), account.email(), locale, request.name(), request.criteria(),
				request.frequency() == null ? Frequency.DAILY : request.frequency());
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

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException e) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"An alert has a name (at most 120 characters) and at least one criterion");
	}

	record NewAlert(String name, AlertCriteria criteria, Frequency frequency) {
	}

	record FrequencyChange(Frequency frequency) {
	}
}
