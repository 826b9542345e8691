package fr.openmarches.organisation.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.AgentStatus;
import fr.openmarches.organisation.AgentView;
import fr.openmarches.organisation.EntityOverview;
import fr.openmarches.organisation.OfficeView;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.OrganisationSummary;
import fr.openmarches.organisation.PurchasingEntityView;
import fr.openmarches.organisation.web.PurchasingEntityResources.AddressResource;
import fr.openmarches.organisation.web.PurchasingEntityResources.OrganisationResource;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Page;

/** What the administration APIs (platform and entity administrators) read and write. */
final class OrganisationApiResources {

	private OrganisationApiResources() {
	}

	@Schema(description = "An organisation (ministry or agency) to create, or its corrected details.")
	record OrganisationPayload(@Schema(example = "Ministère des Armées", requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(example = "MINARM", nullable = true) String acronym,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganisationKind kind) {

		OrganisationForm form() {
			return new OrganisationForm(name, acronym, kind);
		}
	}

	@Schema(description = "An organisation, with how many purchasing entities it has.")
	record OrganisationItem(UUID id, String name, @Schema(nullable = true) String acronym, OrganisationKind kind,
			long entities) {

		static OrganisationItem of(OrganisationSummary summary) {
			var o = summary.organisation();
			return new OrganisationItem(o.id().value(), o.name(), o.acronym(), o.kind(), summary.entities());
		}
	}

	@Schema(description = "A page of organisations.")
	record OrganisationPage(List<OrganisationItem> items, @Schema(description = "Page number, from 1") int page,
			int size, long totalItems, int totalPages) {

		static OrganisationPage of(Page<OrganisationSummary> page) {
			return new OrganisationPage(page.map(OrganisationItem::of).getContent(), page.getNumber() + 1,
					page.getSize(), page.getTotalElements(), page.getTotalPages());
		}
	}

	@Schema(description = "A postal address in France.")
	record AddressPayload(@Schema(example = "60 boulevard du Général Martial Valin") String street,
			@Schema(example = "75015") String postcode, @Schema(example = "Paris") String city) {
	}

	@Schema(description = "A purchasing entity to create, or its corrected details (services are then ignored).")
	record EntityPayload(@Schema(example = "Direction générale de l'armement") String name,
			@Schema(example = "DGA", nullable = true) String acronym,
			@Schema(description = "SIRET number (14 digits; spaces allowed)") String siret, AddressPayload address,
			@Schema(description = "Code of the department where the entity sits", example = "75") String department,
			@Schema(description = "Contact email address") String email,
			@Schema(description = "Contact phone number", nullable = true) String phone,
			@Schema(description = "Names of its first services (creation only)", nullable = true) List<String> services) {

		EntityForm form() {
			var at = address == null ? new AddressPayload(null, null, null) : address;
			return new EntityForm(name, acronym, siret, at.street(), at.postcode(), at.city(), department, email, phone,
					services == null ? "" : String.join("\n", services));
		}
	}

	@Schema(description = "How to reach a purchasing entity, as its administrators keep it up to date.")
	record ContactPayload(AddressPayload address, @Schema(example = "75") String department, String email,
			@Schema(nullable = true) String phone) {

		ContactForm form() {
			var at = address == null ? new AddressPayload(null, null, null) : address;
			return new ContactForm(at.street(), at.postcode(), at.city(), department, email, phone);
		}
	}

	@Schema(description = "A purchasing entity in an organisation's list, with its staffing.")
	record EntityOverviewItem(UUID id, String name, @Schema(nullable = true) String acronym,
			@Schema(example = "75") String department, String city, long activeAgents,
			@Schema(description = "0: the entity waits for the platform to appoint an administrator") long activeAdministrators) {

		static EntityOverviewItem of(EntityOverview overview) {
			var e = overview.entity();
			return new EntityOverviewItem(e.id().value(), e.name(), e.acronym(), e.department().code(), e.city(),
					overview.activeAgents(), overview.activeAdministrators());
		}
	}

	@Schema(description = "A page of an organisation's purchasing entities.")
	record EntityOverviewPage(List<EntityOverviewItem> items, @Schema(description = "Page number, from 1") int page,
			int size, long totalItems, int totalPages) {

		static EntityOverviewPage of(Page<EntityOverview> page) {
			return new EntityOverviewPage(page.map(EntityOverviewItem::of).getContent(), page.getNumber() + 1,
					page.getSize(), page.getTotalElements(), page.getTotalPages());
		}
	}

	@Schema(description = "A service (office) of a purchasing entity.")
	record OfficeResource(UUID id, @Schema(example = "Bureau des marchés") String name) {

		static OfficeResource of(OfficeView office) {
			return new OfficeResource(office.id(), office.name());
		}
	}

	@Schema(description = "The name of a service to add, or its new name.")
	record OfficePayload(@Schema(example = "Bureau des marchés") String name) {
	}

	@Schema(description = "A purchasing entity with its contact details and services, as its administrators manage it.")
	record ManagedEntityResource(UUID id, String name, @Schema(nullable = true) String acronym,
			OrganisationResource organisation, String siret, AddressResource address,
			@Schema(example = "75") String department, String email, @Schema(nullable = true) String phone,
			List<OfficeResource> services) {

		static ManagedEntityResource of(PurchasingEntityView entity, List<OfficeView> offices) {
			return new ManagedEntityResource(entity.id().value(), entity.name(), entity.acronym(),
					OrganisationResource.of(entity.organisation()), entity.siret(),
					new AddressResource(entity.address().street(), entity.address().postcode(), entity.address().city()),
					entity.department().code(), entity.email(), entity.phone(),
					offices.stream().map(OfficeResource::of).toList());
		}
	}

	@Schema(description = "An agent of a purchasing entity.")
	record AgentResource(@Schema(description = "Id of the person's account; names the agent in URLs") UUID account,
			String email, String givenName, String familyName, @Schema(nullable = true) String phone,
			Set<AgentRole> roles, AgentStatus status,
			@Schema(description = "When the appointment started, or started again") Instant since,
			@Schema(nullable = true) Instant deactivatedAt) {

		static AgentResource of(AgentView agent) {
			return new AgentResource(agent.account().value(), agent.email(), agent.givenName(), agent.familyName(),
					agent.phone(), agent.roles(), agent.status(), agent.since(), agent.deactivatedAt());
		}
	}

	@Schema(description = """
			Someone to appoint. Without an account they are invited by email to choose a password \
			(link valid 7 days); with one, they are appointed at once and told by email.""")
	record AgentPayload(@Schema(example = "paul.henry@dga.armees.example") String email,
			@Schema(example = "Paul") String givenName, @Schema(example = "Henry") String familyName,
			@Schema(nullable = true) String phone,
			@Schema(description = "Roles in the entity (ignored when the platform appoints an administrator)") Set<AgentRole> roles) {

		AgentForm form() {
			return new AgentForm(email, givenName, familyName, phone, roles);
		}
	}

	@Schema(description = "The roles an agent holds in the entity, all of them.")
	record RolesPayload(Set<AgentRole> roles) {
	}

	@Schema(description = "A purchasing entity the signed-in person acts for, and their roles there.")
	record WorkplaceResource(UUID entity, String name, @Schema(nullable = true) String acronym,
			String organisation, Set<AgentRole> roles,
			@Schema(description = "Whether the person administers the entity") boolean administrator) {

		static WorkplaceResource of(Workplace place) {
			var e = place.entity();
			return new WorkplaceResource(e.id().value(), e.name(), e.acronym(), e.organisation().name(),
					place.appointment().roles(), place.administers());
		}
	}
}
