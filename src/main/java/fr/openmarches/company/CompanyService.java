package fr.openmarches.company;

import fr.openmarches.platform.Siret;
import fr.openmarches.platform.Siren;
import java.time.Clock;
import java.util.Optional;

import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies as other modules use them: register one, add establishments and members, read them.
 * Membership is mirrored in the members' identity roles, so that sign-in knows who is a supplier.
 */
@Service
@Transactional
public class CompanyService {

	private final Companies companies;

	private final AccountService accounts;

	private final Clock clock;

	CompanyService(Companies companies, AccountService accounts, Clock clock) {
		this.companies = companies;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Registers a company with {@code founder} as its first administrator.
	 * @throws IllegalArgumentException when the SIREN is already registered or a detail is invalid
	 * @throws IllegalStateException when the founder already belongs to a company
	 */
	public CompanyId register(NewCompany details, AccountId founder) {
		if (details.siren() != null && companies.existsBySiren(details.siren().value())) {
			throw new IllegalArgumentException("Company " + details.siren() + " is already registered");
		}
		requireNoCompany(founder);
		var company = companies.save(Company.register(details, founder, clock.instant()));
		accounts.grant(founder, Role.SUPPLIER_MEMBER);
		accounts.grant(founder, Role.SUPPLIER_ADMIN);
		return company.id();
	}

	public void addEstablishment(CompanyId id, Siret siret, boolean headOffice, Address address) {
		var company = load(id);
		company.addEstablishment(siret, headOffice, address);
		companies.save(company);
	}

	/** {@code account} joins the company as a simple member (a person belongs to one company). */
	public void join(CompanyId id, AccountId account) {
		requireNoCompany(account);
		var company = load(id);
		company.join(account, clock.instant());
		companies.save(company);
		accounts.grant(account, Role.SUPPLIER_MEMBER);
	}

	public void promote(CompanyId id, AccountId account) {
		var company = load(id);
		company.promote(account);
		companies.save(company);
		accounts.grant(account, Role.SUPPLIER_ADMIN);
	}

	@Transactional(readOnly = true)
	public Optional<CompanyView> find(CompanyId id) {
		return companies.findById(id.value()).map(Company::view);
	}

	@Transactional(readOnly = true)
	public Optional<CompanyView> findBySiren(Siren siren) {
		return companies.findBySiren(siren.value()).map(Company::view);
	}

	/** The company {@code account} belongs to, if any. */
	@Transactional(readOnly = true)
	public Optional<CompanyView> companyOf(AccountId account) {
		return companies.findByMember(account.value()).map(Company::view);
	}

	@Transactional(readOnly = true)
	public long count() {
		return companies.count();
	}

	private void requireNoCompany(AccountId account) {
		companies.findByMember(account.value()).ifPresent(existing -> {
			throw new IllegalStateException(account + " already belongs to company " + existing.id());
		});
	}

	private Company load(CompanyId id) {
		return companies.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No company " + id));
	}
}
