package fr.openmarches.company;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.platform.BlobId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A product fiche of a company (as on ixarm.com): name, description, CPV code, and a picture kept
 * in the blob store. Its own aggregate: a company may have many, edited one at a time.
 */
@Entity
@Table(schema = "company", name = "product")
class Product {

	@Id
	private UUID id;

	@Column(name = "company_id", nullable = false)
	private UUID companyId;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String description;

	@Column(name = "cpv_code", nullable = false)
	private String cpvCode;

	@Column(name = "image_blob")
	private String imageBlob;

	@Enumerated(EnumType.STRING)
	@Column(name = "image_type")
	private ImageType imageType;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Product() {
	}

	static Product create(CompanyId company, ProductDetails details, Instant now) {
		var product = new Product();
		product.id = UUID.randomUUID();
		product.companyId = company.value();
		product.createdAt = now;
		product.describe(details, now);
		return product;
	}

	void describe(ProductDetails details, Instant now) {
		this.name = requireText(details.name(), "name", ProductDetails.MAX_NAME);
		this.description = requireText(details.description(), "description", ProductDetails.MAX_DESCRIPTION);
		if (details.cpvCode() == null || !details.cpvCode().matches("[0-9]{8}")) {
			throw new IllegalArgumentException("Not a CPV code: " + details.cpvCode());
		}
		this.cpvCode = details.cpvCode();
		this.updatedAt = now;
	}

	/** Shows this picture on the fiche (its bytes were checked to be of {@code type}). */
	void illustrate(BlobId blob, ImageType type, Instant now) {
		this.imageBlob = blob.sha256();
		this.imageType = type;
		this.updatedAt = now;
	}

	void removeImage(Instant now) {
		this.imageBlob = null;
		this.imageType = null;
		this.updatedAt = now;
	}

	ProductId id() {
		return new ProductId(id);
	}

	CompanyId company() {
		return new CompanyId(companyId);
	}

	BlobId image() {
		return imageBlob == null ? null : new BlobId(imageBlob);
	}

	ProductView view() {
		return new ProductView(id(), company(), name, description, cpvCode, imageType, updatedAt);
	}

	private static String requireText(String value, String what, int max) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("A product needs a " + what);
		}
		if (value.strip().length() > max) {
			throw new IllegalArgumentException("A product's " + what + " has at most " + max + " characters");
		}
		return value.strip();
	}
}
