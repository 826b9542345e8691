package fr.openmarches.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PurchasingEntityId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A saved search with its alert. {@code watermark} is the publication instant up to which
 * consultations were already announced; {@code nextRunAt} when the alert is next looked at.
 */
@Entity
@Table(schema = "alert", name = "saved_search")
class SavedSearch {

	static final int MAXIMUM_NAME = 120;

	@Id
	private UUID id;

	@Column(name = "account_id", nullable = false)
	private UUID accountId;

	@Column(nullable = false)
	private String email;

	@Column(nullable = false)
	private String language;

	@Column(nullable = false)
	private String name;

	private String keywords;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FinderQuery.Mode mode;

	@Column(name = "organisation_id")
	private UUID organisationId;

	@Enumerated(EnumType.STRING)
	private Category category;

	@Enumerated(EnumType.STRING)
	private ProcedureType procedure;

	private String cpv;

	private String department;

	private String portal;

	@Column(name = "entity_id")
	private UUID entityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Frequency frequency;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant watermark;

	@Column(name = "next_run_at", nullable = false)
	private Instant nextRunAt;

	/**
	 * The secret of the unsubscribe link in every mail of this alert. Kept as is (not hashed): each
	 * mail must carry it, and it only ever stops this alert's mails.
	 */
	@Column(name = "unsubscribe_token", nullable = false, unique = true)
	private String unsubscribeToken;

	protected SavedSearch() {
	}

	SavedSearch(AccountId account, String email, Locale locale, String name, AlertCriteria criteria,
			Frequency frequency, String unsubscribeToken, Instant now, Duration immediateInterval) {
		if (name == null || name.isBlank() || name.length() > MAXIMUM_NAME) {
			throw new IllegalArgumentException("An alert has a name of at most " + MAXIMUM_NAME + " characters");
		}
		this.id = UUID.randomUUID();
		this.accountId = account.value();
		this.email = email;
		this.language = locale.getLanguage();
		this.name = name.strip();
		this.keywords = criteria.keywords();
		this.mode = criteria.mode();
		this.organisationId = criteria.organisation() == null ? null : criteria.organisation().value();
		this.cpv = criteria.cpv();
		this.category = criteria.category();
		this.procedure = criteria.procedure();
		this.department = criteria.department();
		this.portal = criteria.portal();
		this.entityId = criteria.entity() == null ? null : criteria.entity().value();
		this.frequency = frequency;
		this.createdAt = now;
		this.watermark = now;
		this.nextRunAt = frequency.nextRunAfter(now, immediateInterval);
		this.unsubscribeToken = unsubscribeToken;
	}

	/** What was announced up to {@code now}; when to look again. */
	void ran(Instant now, Duration immediateInterval) {
		this.watermark = now;
		this.nextRunAt = frequency.nextRunAfter(now, immediateInterval);
	}

	void change(Frequency frequency, Instant now, Duration immediateInterval) {
		this.frequency = frequency;
		this.nextRunAt = frequency.nextRunAfter(now, immediateInterval);
	}

	UUID id() {
		return id;
	}

	AccountId account() {
		return new AccountId(accountId);
	}

	String email() {
		return email;
	}

	Locale locale() {
		return Locale.forLanguageTag(language);
	}

	Instant watermark() {
		return watermark;
	}

	String unsubscribeToken() {
		return unsubscribeToken;
	}

	String name() {
		return name;
	}

	AlertCriteria criteria() {
		return new AlertCriteria(keywords, mode, organisationId == null ? null : new OrganisationId(organisationId),
				entityId == null ? null : new PurchasingEntityId(entityId), category, procedure, cpv, department,
				portal);
	}

	AlertView view() {
		return new AlertView(id, name, criteria(), frequency, createdAt, nextRunAt);
	}
}
