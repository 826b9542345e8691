package fr.openmarches.company;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.openmarches.company.MembershipChangeRefusedException.Reason;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A company registered on the platform, with its establishments, its members and its fiche.
 *
 * <p>It always keeps at least one <em>active</em> administrator (not locked): the founder is one
 * from the start, and every transition that would leave none — demoting, locking, removing the
 * last one, or their leaving — is refused with {@link Reason#LAST_ADMINISTRATOR}.
 */
@Entity
@Table(schema = "company", name = "company")
class Company extends AbstractAggregateRoot<Company> {

	static final Pattern APE_CODE = Pattern.compile("[0-9]{2}\\.[0-9]{2}[A-Z]");

	@Id
	private UUID id;

	private String siren;

	@Column(name = "national_id")
	private String nationalId;

	@Column(nullable = false)
	private String name;

	/** The name folded for the directory's search (lower case, no accents). */
	@Column(name = "search_name", nullable = false)
	private String searchName;

	@Column(name = "legal_form", nullable = false)
	private String legalForm;

	@Column(name = "activity_code")
	private String activityCode;

	@Column(nullable = false)
	private boolean sme;

	@Embedded
	private Address address;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "company_id", nullable = false)
	@OrderBy("siret")
	private List<Establishment> establishments = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "company_id", nullable = false)
	@OrderBy("joinedAt")
	private List<Member> members = new ArrayList<>();

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	private String presentation;

	private String website;

	@Column(nullable = false)
	private boolean listed = true;

	@ElementCollection
	@CollectionTable(schema = "company", name = "activity", joinColumns = @JoinColumn(name = "company_id"))
	@Column(name = "cpv_code")
	@OrderBy
	private Set<String> activities = new LinkedHashSet<>();

	/** Every CPV code the activities lie within (themselves and their ancestors): the directory's filter. */
	@ElementCollection
	@CollectionTable(schema = "company", name = "activity_scope", joinColumns = @JoinColumn(name = "company_id"))
	@Column(name = "cpv_code")
	private Set<String> activityScope = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(schema = "company", name = "region_served", joinColumns = @JoinColumn(name = "company_id"))
	@Column(name = "region")
	@Enumerated(EnumType.STRING)
	private Set<Region> regions = EnumSet.noneOf(Region.class);

	@ElementCollection
	@CollectionTable(schema = "company", name = "reference", joinColumns = @JoinColumn(name = "company_id"))
	@OrderColumn(name = "position")
	private List<Reference> references = new ArrayList<>();

	@ElementCollection
	@CollectionTable(schema = "company", name = "certification", joinColumns = @JoinColumn(name = "company_id"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	private List<String> certifications = new ArrayList<>();

	@Version
	private long version;

	protected Company() {
	}

	/** Registers a company; {@code founder} becomes its first administrator. */
	static Company register(NewCompany details, AccountId founder, Instant now) {
		var abroad = !"FR".equals(Objects.requireNonNull(details.address(), "address").country());
		if (!abroad && details.siren() == null) {
			throw new IllegalArgumentException("A company established in France has a SIREN number");
		}
		if (abroad && details.siren() == null && (details.nationalId() == null || details.nationalId().isBlank())) {
			throw new IllegalArgumentException("A company established abroad has a national identifier");
		}
		if (details.siren() != null && details.nationalId() != null) {
			throw new IllegalArgumentException("A company with a SIREN number has no other national identifier");
		}
		var company = new Company();
		company.id = UUID.randomUUID();
		company.siren = details.siren() == null ? null : details.siren().value();
		company.nationalId = details.nationalId() == null ? null : normaliseNationalId(details.nationalId());
		company.registeredAt = now;
		company.describeLegally(details.name(), details.legalForm(), details.activityCode(), details.sme(),
				details.address());
		company.listed = true;
		company.members.add(new Member(founder, CompanyRole.ADMINISTRATOR, now));
		company.registerEvent(new CompanyRegistered(company.id(), details.siren(), company.name, founder));
		return company;
	}

	/** A foreign identifier as registers print it varies in spacing and case: keep letters and digits. */
	static String normaliseNationalId(String typed) {
		return typed.replaceAll("[^\\p{L}\\p{N}]", "").toUpperCase(java.util.Locale.ROOT);
	}

	/** Corrects what the register says of the company (it changed its name, moved its head office…). */
	void describeLegally(String name, String legalForm, String activityCode, boolean sme, Address address) {
		if (activityCode != null && !APE_CODE.matcher(activityCode).matches()) {
			throw new IllegalArgumentException("Not an APE/NAF code: " + activityCode);
		}
		if (siren != null && activityCode == null) {
			throw new IllegalArgumentException("A company established in France has an APE/NAF code");
		}
		if (siren != null && !LegalForm.isInseeCode(legalForm)) {
			throw new IllegalArgumentException("Not an INSEE legal category code: " + legalForm);
		}
		this.name = requireText(name, "name");
		this.searchName = Folding.fold(this.name);
		this.legalForm = requireText(legalForm, "legal form");
		this.activityCode = activityCode;
		this.sme = sme;
		this.address = Objects.requireNonNull(address, "address");
	}

	/**
	 * Adds an establishment of this company. A new head office replaces the previous one (a company
	 * has one head office at a time).
	 */
	void addEstablishment(Siret siret, boolean headOffice, Address address) {
		if (siren == null || !siret.siren().value().equals(siren)) {
			throw new IllegalArgumentException("SIRET " + siret + " is not an establishment of SIREN " + siren);
		}
		if (hasEstablishment(siret)) {
			throw new IllegalArgumentException("Establishment " + siret + " is already registered");
		}
		if (headOffice) {
			establishments.forEach(Establishment::noLongerHeadOffice);
		}
		establishments.add(new Establishment(siret, headOffice, address));
		registerEvent(new EstablishmentAdded(id(), siret, headOffice));
	}

	boolean hasEstablishment(Siret siret) {
		return establishments.stream().anyMatch(e -> e.siret().equals(siret));
	}

	/** {@code account} joins the company as a simple member. */
	void join(AccountId account, Instant now) {
		if (isMember(account)) {
			throw new MembershipChangeRefusedException(Reason.ALREADY_MEMBER, account + " in company " + id);
		}
		members.add(new Member(account, CompanyRole.MEMBER, now));
		registerEvent(new MemberJoined(id(), account));
	}

	/** Records the establishment the member works at (one of the company's, or none). */
	void attach(AccountId account, Siret establishment) {
		if (establishment != null && !hasEstablishment(establishment)) {
			throw new IllegalArgumentException("SIRET " + establishment + " is not an establishment of company " + id);
		}
		member(account).attachTo(establishment);
	}

	/** Makes an active simple member an administrator. */
	void promote(AccountId account) {
		var member = member(account);
		if (member.isAdministrator()) {
			throw new MembershipChangeRefusedException(Reason.ALREADY_ADMINISTRATOR, account + " in company " + id);
		}
		if (member.isLocked()) {
			throw new MembershipChangeRefusedException(Reason.LOCKED, account + " in company " + id);
		}
		member.promote();
		registerEvent(new MemberPromoted(id(), account));
	}

	/** Makes an administrator a simple member again, if another administrator remains active. */
	void demote(AccountId account) {
		var member = member(account);
		if (!member.isAdministrator()) {
			throw new MembershipChangeRefusedException(Reason.NOT_ADMINISTRATOR, account + " in company " + id);
		}
		requireAnotherActiveAdministratorThan(member);
		member.demote();
		registerEvent(new MemberDemoted(id(), account));
	}

	/** Locks a member out of the company's space (and of the platform); they are told {@code reason}. */
	void lock(AccountId account, String reason) {
		var member = member(account);
		if (member.isLocked()) {
			throw new MembershipChangeRefusedException(Reason.LOCKED, account + " in company " + id);
		}
		requireAnotherActiveAdministratorThan(member);
		var why = requireText(reason, "reason to lock a member");
		member.lock(why);
		registerEvent(new MemberLocked(id(), account, why));
	}

	void unlock(AccountId account) {
		var member = member(account);
		if (!member.isLocked()) {
			throw new MembershipChangeRefusedException(Reason.NOT_LOCKED, account + " in company " + id);
		}
		member.unlock();
		registerEvent(new MemberUnlocked(id(), account));
	}

	/** An administrator removes someone from the company. */
	void remove(AccountId account) {
		var member = member(account);
		requireAnotherActiveAdministratorThan(member);
		members.remove(member);
		registerEvent(new MemberRemoved(id(), account));
	}

	/** The person leaves the company of their own will. */
	void leave(AccountId account) {
		var member = member(account);
		requireAnotherActiveAdministratorThan(member);
		members.remove(member);
		registerEvent(new MemberLeft(id(), account));
	}

	/**
	 * Replaces the fiche. {@code activityScope} holds the activities' codes and all their ancestors,
	 * so that a search for a broad code finds the companies working below it.
	 */
	void describe(CompanyFiche fiche, Collection<String> activityScope) {
		if (!activityScope.containsAll(fiche.activities())) {
			throw new IllegalArgumentException("The activity scope must hold the activities themselves");
		}
		this.presentation = blankToNull(fiche.presentation());
		this.website = blankToNull(fiche.website());
		this.activities.clear();
		this.activities.addAll(fiche.activities());
		this.activityScope.clear();
		this.activityScope.addAll(activityScope);
		this.regions.clear();
		this.regions.addAll(fiche.regions());
		this.references.clear();
		this.references.addAll(fiche.references());
		this.certifications.clear();
		this.certifications.addAll(fiche.certifications());
		this.listed = fiche.listed();
	}

	boolean isMember(AccountId account) {
		return members.stream().anyMatch(m -> m.account().equals(account));
	}

	CompanyId id() {
		return new CompanyId(id);
	}

	CompanyView view() {
		return new CompanyView(id(), siren == null ? null : new Siren(siren), nationalId, name, legalForm,
				activityCode, sme, address, listed, establishments.stream().map(Establishment::view).toList(),
				members.stream().map(Member::view).toList());
	}

	CompanyFiche fiche() {
		return new CompanyFiche(presentation, website, List.copyOf(activities), regions.isEmpty() ? Set.of()
				: EnumSet.copyOf(regions), List.copyOf(references), List.copyOf(certifications), listed);
	}

	/** What the public directory shows: never the members. */
	PublicCompany publicView(List<ProductView> products) {
		return new PublicCompany(id(), siren == null ? null : new Siren(siren), nationalId, name, legalForm,
				activityCode, sme, address, fiche(), products, registeredAt);
	}

	/** The events recorded since the last save (published by Spring Data when saved). */
	List<Object> recordedEvents() {
		return List.copyOf(domainEvents());
	}

	void forgetEvents() {
		clearDomainEvents();
	}

	boolean isListed() {
		return listed;
	}

	private Member member(AccountId account) {
		return members.stream()
			.filter(m -> m.account().equals(account))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(account + " is not a member of company " + id));
	}

	private void requireAnotherActiveAdministratorThan(Member member) {
		if (member.isActiveAdministrator()
				&& members.stream().noneMatch(other -> other != member && other.isActiveAdministrator())) {
			throw new MembershipChangeRefusedException(Reason.LAST_ADMINISTRATOR, "company " + id);
		}
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A company needs a " + what);
		}
		return value.strip();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
