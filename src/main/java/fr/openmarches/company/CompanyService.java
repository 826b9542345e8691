package fr.openmarches.company;

import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.Role;
import fr.openmarches.platform.Siren;
import fr.openmarches.platform.Siret;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies as other modules use them: register one, add establishments and members, describe
 * it, read them. Membership is mirrored in the members' identity roles, so that sign-in knows who
 * is a supplier. People's own actions (sign-up, moving, administering their company) go through
 * {@link CompanyRegistration}, {@link CompanyAdministration} and {@link CompanyShowcase}.
 */
@Service
@Transactional
public class CompanyService {

	private final Companies companies;

	private final Products products;

	private final AccountService accounts;

	private final CpvCatalogue cpv;

	private final ProductPictures pictures;

	private final Clock clock;

	CompanyService(Companies companies, Products products, AccountService accounts, CpvCatalogue cpv,
			ProductPictures pictures, Clock clock) {
		this.companies = companies;
		this.products = products;
		this.accounts = accounts;
		this.cpv = cpv;
		this.pictures = pictures;
		this.clock = clock;
	}

	/**
	 * Registers a company with {@code founder} as its first administrator.
	 * @throws IllegalArgumentException when the SIREN is already registered or a detail is invalid
	 * @throws MembershipChangeRefusedException when the founder already belongs to a company
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

	/**
	 * Replaces a company's fiche.
	 * @throws fr.openmarches.cpv.UnknownCpvCodeException when an activity is not a CPV code
	 */
	public void describe(CompanyId id, CompanyFiche fiche) {
		var company = load(id);
		ActivityScope.of(fiche, cpv).applyTo(company);
		companies.save(company);
	}

	/** Adds a product fiche (without picture) to a company. */
	public ProductId addProduct(CompanyId id, ProductDetails details) {
		var company = load(id);
		var checked = new ProductDetails(details.name(), details.description(), cpv.require(details.cpvCode()).code());
		return products.save(Product.create(company.id(), checked, clock.instant())).id();
	}

	/**
	 * Gives a product fiche of the company its picture.
	 * @throws ImageRejectedException when it is empty, too large, or not a PNG, JPEG or WebP image
	 */
	public void illustrate(CompanyId id, ProductId product, InputStream content) {
		pictures.illustrate(products.findByIdAndCompanyId(product.value(), id.value())
			.orElseThrow(() -> new NotInCompanyException("product", product)), content);
	}

	@Transactional(readOnly = true)
	public Optional<CompanyView> find(CompanyId id) {
		return companies.findById(id.value()).map(Company::view);
	}

	@Transactional(readOnly = true)
	public Optional<CompanyView> findBySiren(Siren siren) {
		return companies.findBySiren(siren.value()).map(Company::view);
	}

	/** A company established abroad, by its country (ISO 3166) and national identifier. */
	@Transactional(readOnly = true)
	public Optional<CompanyView> findAbroad(String country, String nationalId) {
		return companies.findAbroad(country, Company.normaliseNationalId(nationalId)).map(Company::view);
	}

	/** The company {@code account} belongs to, if any. */
	@Transactional(readOnly = true)
	public Optional<CompanyView> companyOf(AccountId account) {
		return companies.findByMember(account.value()).map(Company::view);
	}

	/** The company {@code account} is a member of, no more: what each of a deposit's chunks asks. */
	@Transactional(readOnly = true)
	public Optional<CompanyId> companyIdOf(AccountId account) {
		return companies.findIdByMember(account.value()).map(CompanyId::new);
	}

	@Transactional(readOnly = true)
	public long count() {
		return companies.count();
	}

	private void requireNoCompany(AccountId account) {
		companies.findByMember(account.value()).ifPresent(existing -> {
			throw new MembershipChangeRefusedException(MembershipChangeRefusedException.Reason.ALREADY_IN_ANOTHER_COMPANY,
					account + " in company " + existing.id());
		});
	}

	private Company load(CompanyId id) {
		return companies.findById(id.value()).orElseThrow(() -> new IllegalArgumentException("No company " + id));
	}
}
