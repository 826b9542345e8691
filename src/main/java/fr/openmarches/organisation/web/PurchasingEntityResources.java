package fr.openmarches.organisation.web;

import java.util.List;
import java.util.UUID;

import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationView;
import fr.openmarches.organisation.PurchasingEntityView;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Page;

/** What the purchasing entity API returns: records made for the API. */
final class PurchasingEntityResources {

	private PurchasingEntityResources() {
	}

	@Schema(description = "The ministry or agency a purchasing entity belongs to.")
	record OrganisationResource(UUID id, @Schema(example = "Ministère des Armées") String name,
			@Schema(nullable = true) String acronym, OrganisationKind kind) {

		static OrganisationResource of(OrganisationView organisation) {
			return new OrganisationResource(organisation.id().value(), organisation.name(), organisation.acronym(),
					organisation.kind());
		}
	}

	@Schema(description = "A purchasing entity in a list of results.")
	record PurchasingEntityItem(UUID id, @Schema(example = "Direction générale de l'armement") String name,
			@Schema(example = "DGA", nullable = true) String acronym, OrganisationResource organisation,
			@Schema(description = "Code of the department where the entity sits", example = "75") String department,
			String city, @Schema(description = "Address of the entity's page") String url) {

		static PurchasingEntityItem of(EntitySummary entity, PlatformProperties platform) {
			return new PurchasingEntityItem(entity.id().value(), entity.name(), entity.acronym(),
					OrganisationResource.of(entity.organisation()), entity.department().code(), entity.city(),
					platform.link("/entites-achat/" + entity.id()));
		}
	}

	@Schema(description = "A page of purchasing entities.")
	record PurchasingEntityPage(List<PurchasingEntityItem> items,
			@Schema(description = "Page number, from 1") int page, @Schema(description = "Items per page") int size,
			@Schema(description = "Number of entities matching the search") long totalItems, int totalPages) {

		static PurchasingEntityPage of(Page<EntitySummary> page, PlatformProperties platform) {
			return new PurchasingEntityPage(page.map(e -> PurchasingEntityItem.of(e, platform)).getContent(),
					page.getNumber() + 1, page.getSize(), page.getTotalElements(), page.getTotalPages());
		}
	}

	@Schema(description = "A postal address in France.")
	record AddressResource(String street, @Schema(example = "75015") String postcode, String city) {
	}

	@Schema(description = "A purchasing entity with its contact details and services.")
	record PurchasingEntityResource(UUID id, String name, @Schema(nullable = true) String acronym,
			OrganisationResource organisation, @Schema(description = "SIRET number (14 digits)") String siret,
			AddressResource address, @Schema(example = "75") String department,
			@Schema(description = "Contact email address") String email,
			@Schema(description = "Contact phone number", nullable = true) String phone,
			@Schema(description = "Names of its services") List<String> services, String url) {

		static PurchasingEntityResource of(PurchasingEntityView entity, PlatformProperties platform) {
			return new PurchasingEntityResource(entity.id().value(), entity.name(), entity.acronym(),
					OrganisationResource.of(entity.organisation()), entity.siret(),
					new AddressResource(entity.address().street(), entity.address().postcode(), entity.address().city()),
					entity.department().code(), entity.email(), entity.phone(), entity.offices(),
					platform.link("/entites-achat/" + entity.id()));
		}
	}
}
