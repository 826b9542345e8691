package fr.openmarches.company;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;

import fr.openmarches.company.MembershipChangeRefusedException.Reason;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How people come to belong to a company: signing up, joining or founding one once signed in,
 * moving from one company to another, leaving.
 *
 * <p>A company is registered once: the first person to name its SIREN (or, abroad, its country
 * and national identifier) founds it and is its administrator; everyone after joins it as a
 * simple member, and a SIRET the company did not have yet becomes a new establishment. Membership
 * is mirrored in the person's identity roles ({@link Role#SUPPLIER_MEMBER},
 * {@link Role#SUPPLIER_ADMIN}) so that sign-in knows who is a supplier.
 */
@Service
@Transactional
public class CompanyRegistration {

	private final Companies companies;

	private final AccountService accounts;

	private final Clock clock;

	CompanyRegistration(Companies companies, AccountService accounts, Clock clock) {
		this.companies = companies;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** What became of a sign-up. */
	public record SignedUp(AccountId account, Affiliated affiliation) {
	}

	/**
	 * Opens the person's account (roles from {@code person} are ignored) and makes them a member,
	 * or the founder, of the company.
	 * @throws fr.openmarches.identity.EmailAlreadyUsedException when the email address is taken
	 */
	public SignedUp signUp(NewAccount person, Affiliation affiliation) {
		var account = accounts.open(new NewAccount(person.email(), person.password(), person.givenName(),
				person.familyName(), person.phone(), person.fax(), Set.of()));
		return new SignedUp(account, affiliate(account, affiliation));
	}

	/**
	 * A signed-in person who belongs to no company joins or founds one.
	 * @throws MembershipChangeRefusedException when they already belong to a company
	 */
	public Affiliated join(AccountId person, Affiliation affiliation) {
		var current = companies.findByMember(person.value());
		if (current.isPresent()) {
			throw new MembershipChangeRefusedException(Reason.ALREADY_IN_ANOTHER_COMPANY,
					person + " in company " + current.get().id());
		}
		return affiliate(person, affiliation);
	}

	/**
	 * Leaves the person's company and joins or founds another, in one go.
	 * @throws MembershipChangeRefusedException when they are the last administrator of their
	 * company, or when the other company is theirs already
	 * @throws NoCompanyException when they belong to no company
	 */
	public Affiliated move(AccountId person, Affiliation affiliation) {
		var current = companies.findByMember(person.value()).orElseThrow(() -> new NoCompanyException(person));
		if (isTheSame(current, affiliation)) {
			throw new MembershipChangeRefusedException(Reason.ALREADY_MEMBER, person + " in company " + current.id());
		}
		leave(current, person);
		return affiliate(person, affiliation);
	}

	/**
	 * Leaves the person's company.
	 * @throws MembershipChangeRefusedException when they are its last administrator
	 */
	public void leave(AccountId person) {
		leave(companies.findByMember(person.value()).orElseThrow(() -> new NoCompanyException(person)), person);
	}

	private void leave(Company company, AccountId person) {
		company.leave(person);
		// The member row must be gone before the person's next one is inserted (one company each).
		companies.saveAndFlush(company);
		accounts.revoke(person, Role.SUPPLIER_ADMIN);
		accounts.revoke(person, Role.SUPPLIER_MEMBER);
	}

	private Affiliated affiliate(AccountId person, Affiliation affiliation) {
		companies.lockRegistrationOf(affiliation.number());
		var existing = affiliation.siren() != null ? companies.findBySiren(affiliation.siren().value())
				: companies.findAbroad(affiliation.country(), Company.normaliseNationalId(affiliation.nationalId()));
		if (existing.isPresent()) {
			var company = existing.get();
			company.join(person, clock.instant());
			attachToEstablishment(company, person, affiliation);
			companies.save(company);
			accounts.grant(person, Role.SUPPLIER_MEMBER);
			return new Affiliated(company.id(), false);
		}
		var company = Company.register(detailsOf(affiliation), person, clock.instant());
		var headOffice = affiliation.headOffice();
		if (headOffice != null && !headOffice.equals(affiliation.siret())) {
			company.addEstablishment(headOffice, true, affiliation.company().address());
		}
		attachToEstablishment(company, person, affiliation);
		companies.save(company);
		accounts.grant(person, Role.SUPPLIER_MEMBER);
		accounts.grant(person, Role.SUPPLIER_ADMIN);
		return new Affiliated(company.id(), true);
	}

	private static void attachToEstablishment(Company company, AccountId person, Affiliation affiliation) {
		var siret = affiliation.siret();
		if (siret == null) {
			return;
		}
		if (!company.hasEstablishment(siret)) {
			company.addEstablishment(siret, affiliation.siretIsHeadOffice(),
					Objects.requireNonNull(affiliation.establishmentAddress(), "address of the establishment"));
		}
		company.attach(person, siret);
	}

	/** The company to register, which must be the one the affiliation names. */
	private static NewCompany detailsOf(Affiliation affiliation) {
		var details = Objects.requireNonNull(affiliation.company(), "the company to register");
		if (!Objects.equals(details.siren(), affiliation.siren())) {
			throw new IllegalArgumentException("The company to register is not SIREN " + affiliation.siren());
		}
		if (affiliation.siren() == null && !(affiliation.country().equals(details.address().country())
				&& details.nationalId() != null && Company.normaliseNationalId(affiliation.nationalId())
					.equals(Company.normaliseNationalId(details.nationalId())))) {
			throw new IllegalArgumentException("The company to register is not " + affiliation.number());
		}
		return details;
	}

	private static boolean isTheSame(Company company, Affiliation affiliation) {
		var view = company.view();
		if (affiliation.siren() != null) {
			return affiliation.siren().equals(view.siren());
		}
		return view.siren() == null && affiliation.country().equals(view.address().country())
				&& Company.normaliseNationalId(affiliation.nationalId()).equals(view.nationalId());
	}
}
