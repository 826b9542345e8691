package fr.openmarches.company;

import fr.openmarches.platform.Siret;
import fr.openmarches.platform.Siren;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import fr.openmarches.identity.AccountId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A company registered on the platform, with its establishments and members. It always keeps at
 * least one administrator: the founder is one from the start, and nobody is demoted here.
 */
@Entity
@Table(schema = "company", name = "company")
class Company extends AbstractAggregateRoot<Company> {

	private static final Pattern APE_CODE = Pattern.compile("[0-9]{2}\\.[0-9]{2}[A-Z]");

	@Id
	private UUID id;

	private String siren;

	@Column(nullable = false)
	private String name;

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

	@Version
	private long version;

	protected Company() {
	}

	/** Registers a company; {@code founder} becomes its first administrator. */
	static Company register(NewCompany details, AccountId founder, Instant now) {
		if (details.siren() == null && "FR".equals(details.address().country())) {
			throw new IllegalArgumentException("A company established in France has a SIREN number");
		}
		if (details.activityCode() != null && !APE_CODE.matcher(details.activityCode()).matches()) {
			throw new IllegalArgumentException("Not an APE/NAF code: " + details.activityCode());
		}
		var company = new Company();
		company.id = UUID.randomUUID();
		company.siren = details.siren() == null ? null : details.siren().value();
		company.name = requireText(details.name(), "name");
		company.legalForm = requireText(details.legalForm(), "legal form");
		company.activityCode = details.activityCode();
		company.sme = details.sme();
		company.address = Objects.requireNonNull(details.address(), "address");
		company.registeredAt = now;
		company.members.add(new Member(founder, CompanyRole.ADMINISTRATOR, now));
		company.registerEvent(new CompanyRegistered(company.id(), details.siren(), company.name, founder));
		return company;
	}

	/**
	 * Adds an establishment of this company. A new head office replaces the previous one (a company
	 * has one head office at a time).
	 */
	void addEstablishment(Siret siret, boolean headOffice, Address address) {
		if (siren == null || !siret.siren().value().equals(siren)) {
			throw new IllegalArgumentException("SIRET " + siret + " is not an establishment of SIREN " + siren);
		}
		if (establishments.stream().anyMatch(e -> e.siret().equals(siret))) {
			throw new IllegalArgumentException("Establishment " + siret + " is already registered");
		}
		if (headOffice) {
			establishments.forEach(Establishment::noLongerHeadOffice);
		}
		establishments.add(new Establishment(siret, headOffice, address));
	}

	/** {@code account} joins the company as a simple member. */
	void join(AccountId account, Instant now) {
		if (isMember(account)) {
			throw new IllegalStateException(account + " is already a member of company " + id);
		}
		members.add(new Member(account, CompanyRole.MEMBER, now));
		registerEvent(new MemberJoined(id(), account));
	}

	/** Makes a simple member an administrator. */
	void promote(AccountId account) {
		var member = members.stream()
			.filter(m -> m.account().equals(account))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(account + " is not a member of company " + id));
		if (member.role() == CompanyRole.ADMINISTRATOR) {
			throw new IllegalStateException(account + " is already an administrator of company " + id);
		}
		member.promote();
		registerEvent(new MemberPromoted(id(), account));
	}

	boolean isMember(AccountId account) {
		return members.stream().anyMatch(m -> m.account().equals(account));
	}

	CompanyId id() {
		return new CompanyId(id);
	}

	CompanyView view() {
		return new CompanyView(id(), siren == null ? null : new Siren(siren), name, legalForm, activityCode, sme, address,
				establishments.stream().map(Establishment::view).toList(), members.stream().map(Member::view).toList());
	}

	private static String requireText(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A company needs a " + what);
		}
		return value.strip();
	}
}
