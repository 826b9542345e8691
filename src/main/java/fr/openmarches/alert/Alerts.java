package fr.openmarches.alert;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.cpv.UnknownCpvCodeException;
import fr.openmarches.organisation.PortalService;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.SecretToken;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's alerts: save a search, change how often, stop. */
@Service
@Transactional
@EnableConfigurationProperties(AlertProperties.class)
public class Alerts {

	private final SavedSearches searches;

	private final CpvCatalogue cpv;

	private final AlertProperties properties;

	private final Clock clock;

	private final PortalService portals;

	Alerts(SavedSearches searches, CpvCatalogue cpv, PortalService portals, AlertProperties properties, Clock clock) {
		this.portals = portals;
		this.searches = searches;
		this.cpv = cpv;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Saves a search with its alert; it announces consultations published from now on. A CPV code
	 * is kept as its eight digits (the legacy check digit, or the picker's label, dropped).
	 * @throws UnknownCpvCodeException when the CPV code is not one of the vocabulary
	 * @throws UnknownPortalException when the portal is not one of the platform's
	 * @throws IllegalArgumentException when the name is empty or too long, or nothing is searched
	 */
	public AlertView save(AccountId account, String email, Locale locale, String name, AlertCriteria criteria,
			Frequency frequency) {
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("An alert watches for something");
		}
		if (criteria.cpv() != null) {
			criteria = criteria.withCpv(cpv.require(criteria.cpv()).code());
		}
		if (criteria.portal() != null && portals.find(criteria.portal()).isEmpty()) {
			throw new UnknownPortalException(criteria.portal());
		}
		return searches.save(new SavedSearch(account, email, locale, name, criteria, frequency,
				SecretToken.generate().value(),
				clock.instant(), properties.immediateInterval())).view();
	}

	@Transactional(readOnly = true)
	public List<AlertView> of(AccountId account) {
		return searches.findByAccountIdOrderByCreatedAtDesc(account.value()).stream().map(SavedSearch::view).toList();
	}

	/** @throws NoSuchElementException when it is not one of the person's alerts */
	public void change(AccountId account, UUID alert, Frequency frequency) {
		mine(account, alert).change(frequency, clock.instant(), properties.immediateInterval());
	}

	/** @throws NoSuchElementException when it is not one of the person's alerts */
	public void delete(AccountId account, UUID alert) {
		searches.delete(mine(account, alert));
	}

	/** Stops the alert whose mails carry {@code token}; the name of the alert stopped, if any. */
	public Optional<String> unsubscribe(String token) {
		if (!SecretToken.isWellFormed(token)) {
			return Optional.empty();
		}
		var found = searches.findByUnsubscribeToken(token);
		found.ifPresent(searches::delete);
		return found.map(search -> search.view().name());
	}

	/** The alert that a mailed token names, if it still exists (for the confirmation page). */
	@Transactional(readOnly = true)
	public Optional<String> nameFor(String token) {
		if (!SecretToken.isWellFormed(token)) {
			return Optional.empty();
		}
		return searches.findByUnsubscribeToken(token).map(s -> s.view().name());
	}

	private SavedSearch mine(AccountId account, UUID alert) {
		return searches.findByIdAndAccountId(alert, account.value()).orElseThrow();
	}
}
