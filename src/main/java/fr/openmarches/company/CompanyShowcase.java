package fr.openmarches.company;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.BlobStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a company shows of itself in the directory: its fiche (presentation, activities, regions,
 * references, certifications) and its product fiches. Every member reads them; administrators
 * change them. Like {@link CompanyAdministration}, it acts on the actor's own company only.
 */
@Service
@Transactional
public class CompanyShowcase {

	private final Companies companies;

	private final Products products;

	private final CpvCatalogue cpv;

	private final ProductPictures pictures;

	private final BlobStore blobs;

	private final CompanyProperties properties;

	private final Clock clock;

	CompanyShowcase(Companies companies, Products products, CpvCatalogue cpv, ProductPictures pictures, BlobStore blobs,
			CompanyProperties properties, Clock clock) {
		this.companies = companies;
		this.products = products;
		this.cpv = cpv;
		this.pictures = pictures;
		this.blobs = blobs;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CompanyFiche fiche(AccountId actor) {
		return memberOf(actor).fiche();
	}

	/**
	 * Replaces the fiche of the actor's company.
	 * @throws fr.openmarches.cpv.UnknownCpvCodeException when an activity is not a CPV code
	 */
	public void describe(AccountId actor, CompanyFiche fiche) {
		var company = administeredBy(actor);
		ActivityScope.of(fiche, cpv).applyTo(company);
		companies.save(company);
	}

	@Transactional(readOnly = true)
	public List<ProductView> products(AccountId actor) {
		return products.findByCompanyIdOrderByNameAscIdAsc(memberOf(actor).id().value())
			.stream()
			.map(Product::view)
			.toList();
	}

	@Transactional(readOnly = true)
	public ProductView product(AccountId actor, ProductId id) {
		return productOf(memberOf(actor), id).view();
	}

	/**
	 * Adds a product fiche, with its picture when {@code picture} is not null; nothing is added
	 * when the picture is refused.
	 * @throws IllegalStateException when the company has as many product fiches as allowed
	 * @throws fr.openmarches.cpv.UnknownCpvCodeException when the CPV code is not one
	 * @throws ImageRejectedException when the picture is empty, too large, or not an image
	 */
	public ProductId addProduct(AccountId actor, ProductDetails details, InputStream picture) {
		var company = administeredBy(actor);
		if (products.countByCompanyId(company.id().value()) >= properties.maxProducts()) {
			throw new IllegalStateException("A company publishes at most " + properties.maxProducts() + " products");
		}
		var product = Product.create(company.id(), checked(details), clock.instant());
		if (picture != null) {
			pictures.illustrate(product, picture);
		}
		return products.save(product).id();
	}

	/** Whether the actor's company may add one more product fiche. */
	@Transactional(readOnly = true)
	public boolean mayAddProduct(AccountId actor) {
		return products.countByCompanyId(memberOf(actor).id().value()) < properties.maxProducts();
	}

	/**
	 * Changes a product fiche, and its picture when {@code picture} is not null; nothing changes
	 * when the picture is refused.
	 * @throws ImageRejectedException when the picture is empty, too large, or not an image
	 */
	public void describeProduct(AccountId actor, ProductId id, ProductDetails details, InputStream picture) {
		var product = productOf(administeredBy(actor), id);
		product.describe(checked(details), clock.instant());
		if (picture != null) {
			pictures.illustrate(product, picture);
		}
	}

	public void removeProduct(AccountId actor, ProductId id) {
		products.delete(productOf(administeredBy(actor), id));
	}

	/** The picture of one of the company's products, for its members (listed in the directory or not). */
	@Transactional(readOnly = true)
	public Optional<ProductPicture> picture(AccountId actor, ProductId id) throws IOException {
		return ProductPicture.of(productOf(memberOf(actor), id), blobs);
	}

	public void removeImage(AccountId actor, ProductId id) {
		productOf(administeredBy(actor), id).removeImage(clock.instant());
	}

	private ProductDetails checked(ProductDetails details) {
		return new ProductDetails(details.name(), details.description(), cpv.require(details.cpvCode()).code());
	}

	private Product productOf(Company company, ProductId id) {
		return products.findByIdAndCompanyId(id.value(), company.id().value())
			.orElseThrow(() -> new NotInCompanyException("product", id));
	}

	private Company memberOf(AccountId actor) {
		return companies.findByMember(actor.value()).orElseThrow(() -> new NoCompanyException(actor));
	}

	private Company administeredBy(AccountId actor) {
		var company = memberOf(actor);
		if (!company.view().isAdministeredBy(actor)) {
			throw new AdministratorsOnlyException(actor);
		}
		return company;
	}
}
