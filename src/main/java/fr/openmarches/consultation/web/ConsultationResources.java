package fr.openmarches.consultation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.consultation.ConsultationDetails.ChangeView;
import fr.openmarches.consultation.ConsultationDetails.DocumentView;
import fr.openmarches.consultation.DocumentChangeType;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.cpv.CpvCode;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.consultation.SearchResults;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;

/** What the consultation API returns: records made for the API, never the module's own types. */
final class ConsultationResources {

	private ConsultationResources() {
	}

	static OffsetDateTime paris(Instant instant) {
		return instant == null ? null : instant.atZone(LegalTime.ZONE).toOffsetDateTime();
	}

	@Schema(name = "PurchasingEntityReference", description = "The purchasing entity that runs a consultation.")
	record EntityReference(@Schema(description = "Id of the purchasing entity") UUID id,
			@Schema(example = "Direction générale de l'armement") String name,
			@Schema(example = "DGA", nullable = true) String acronym) {

		static EntityReference of(EntitySummary entity) {
			return new EntityReference(entity.id().value(), entity.name(), entity.acronym());
		}
	}

	@Schema(description = "A consultation in a list of results.")
	record ConsultationItem(UUID id, @Schema(example = "2026-DGA-0142") String reference, String title,
			EntityReference purchasingEntity, ProcedureType procedure, Category category, ConsultationState state,
			@Schema(description = "Deadline for deposits, in Europe/Paris time") OffsetDateTime depositDeadline,
			OffsetDateTime publishedAt,
			@Schema(description = "Code of the department where the contract is performed", example = "75",
					nullable = true) String department,
			@Schema(description = "Address of the consultation's page") String url) {

		static ConsultationItem of(ConsultationSummary c, PlatformProperties platform) {
			return new ConsultationItem(c.id().value(), c.reference(), c.title(), EntityReference.of(c.entity()),
					c.procedure(), c.category(), c.state(), paris(c.depositDeadline()), paris(c.publishedAt()),
					c.department() == null ? null : c.department().code(), platform.link("/consultations/" + c.id()));
		}
	}

	@Schema(description = "A page of consultations found, and how many of all those found have each value of the filters.")
	record ConsultationPage(List<ConsultationItem> items, @Schema(description = "Page number, from 1") int page,
			@Schema(description = "Items per page") int size,
			@Schema(description = "Number of consultations matching the search") long totalItems, int totalPages,
			Facets facets) {

		static ConsultationPage of(SearchResults found, PlatformProperties platform) {
			var page = found.page();
			return new ConsultationPage(page.map(c -> ConsultationItem.of(c, platform)).getContent(),
					page.getNumber() + 1, page.getSize(), page.getTotalElements(), page.getTotalPages(),
					Facets.of(found));
		}
	}

	@Schema(name = "ConsultationFacets", description = """
			Counts of the consultations found (all pages) by value of each filter, the largest first; 			values without any consultation are left out.""")
	record Facets(@Schema(example = "{\"SERVICES\": 12, \"WORKS\": 3}") Map<Category, Long> categories,
			Map<ProcedureType, Long> procedures,
			@Schema(description = "By department code", example = "{\"75\": 8, \"2A\": 1}") Map<String, Long> departments,
			Map<ConsultationState, Long> states, List<FacetCount> organisations, List<FacetCount> entities) {

		static Facets of(SearchResults found) {
			return new Facets(found.categories(), found.procedures(), found.departments(), found.states(),
					found.organisations().entrySet().stream()
						.map(e -> new FacetCount(e.getKey().id().value(), e.getKey().name(), e.getValue()))
						.toList(),
					found.entities().entrySet().stream()
						.map(e -> new FacetCount(e.getKey().id().value(), e.getKey().displayName(), e.getValue()))
						.toList());
		}
	}

	@Schema(description = "How many consultations found belong to an organisation or a purchasing entity.")
	record FacetCount(@Schema(description = "Id to pass as the organisation or entity parameter") UUID id, String name,
			long count) {
	}

	@Schema(name = "CpvReference", description = "A code of the Common Procurement Vocabulary (CPV 2008).")
	record CpvResource(@Schema(description = "Eight digits, as eForms and the DECP write them", example = "30213100")
	String code,
			@Schema(description = "Label in the reader's language (lang=fr or en)", example = "Ordinateurs portables",
					nullable = true) String label) {

		static CpvResource of(CpvCode code) {
			return code == null ? null : new CpvResource(code.code(), code.label(LocaleContextHolder.getLocale()));
		}
	}

	@Schema(description = "A lot: a part of the consultation awarded separately.")
	record LotResource(int number, String title,
			@Schema(description = "CPV code of the lot, when it has its own", nullable = true) CpvResource cpv,
			@Schema(description = "Estimated value in euros excluding VAT", nullable = true) BigDecimal estimatedValue) {
	}

	@Schema(description = "A document of the consultation: a file, or a piece that is not dematerialised.")
	record DocumentResource(UUID id, DocumentKind kind, String title,
			@Schema(description = "Whether the document is a file on the platform") boolean dematerialised,
			@Schema(nullable = true) String fileName, @Schema(nullable = true) String mediaType,
			@Schema(description = "Size in bytes", nullable = true) Long size,
			@Schema(description = "SHA-256 of the file, lowercase hex", nullable = true) String sha256,
			@Schema(description = "How to obtain a piece that is not dematerialised", nullable = true) String howToObtain,
			@Schema(description = "Number of the change that brought this version; null when published with the consultation",
					nullable = true) Integer addedIn,
			@Schema(description = "Number of the change that replaced or removed it; null while current",
					nullable = true) Integer removedIn) {

		static DocumentResource of(DocumentView d) {
			return d == null ? null
					: new DocumentResource(d.id(), d.kind(), d.title(), d.dematerialised(), d.fileName(), d.mediaType(),
							d.size(), d.blob() == null ? null : d.blob().sha256(), d.howToObtain(), d.addedIn(),
							d.removedIn());
		}
	}

	@Schema(description = "What a change did to one document.")
	record DocumentChangeResource(DocumentChangeType type,
			@Schema(description = "The version the change brought; null for a removal", nullable = true) DocumentResource document,
			@Schema(description = "The version it replaced or removed, still kept; null for an addition",
					nullable = true) DocumentResource previous) {
	}

	@Schema(description = "A change (addendum) published after the consultation: when, why, what changed.")
	record ChangeResource(@Schema(description = "From 1, in order of publication") int number,
			OffsetDateTime publishedAt, String reason, List<DocumentChangeResource> documents) {

		static ChangeResource of(ChangeView change) {
			return new ChangeResource(change.number(), paris(change.publishedAt()), change.reason(),
					change.documents()
						.stream()
						.map(d -> new DocumentChangeResource(d.type(), DocumentResource.of(d.document()),
								DocumentResource.of(d.previous())))
						.toList());
		}
	}

	@Schema(description = "A consultation with its lots, deadlines and documents.")
	record ConsultationResource(UUID id, String reference, String title,
			@Schema(description = "What is bought") String object, EntityReference purchasingEntity,
			ProcedureType procedure, Category category, ConsultationState state, CpvResource mainCpv,
			List<CpvResource> additionalCpv,
			@Schema(nullable = true) String department,
			@Schema(description = "Estimated value in euros excluding VAT", nullable = true) BigDecimal estimatedValue,
			@Schema(description = "Last moment to ask questions, in Europe/Paris time",
					nullable = true) OffsetDateTime questionsDeadline,
			@Schema(description = "Deadline for deposits, in Europe/Paris time") OffsetDateTime depositDeadline,
			@Schema(description = "Whether bids must be electronically signed") boolean signatureRequired,
			@Schema(description = "The envelopes a bid holds") List<Envelope> envelopes,
			@Schema(description = "Two phases: only the candidates invited after the applications take part in the second")
			boolean restricted,
			@Schema(description = "A defence or security contract") boolean defenceOrSecurity,
			@Schema(description = "Awarded as a utility (entité adjudicatrice)") boolean utilities,
			@Schema(description = "Its notice is published in the Official Journal of the EU (at or above the EU threshold)")
			boolean euPublication,
			@Schema(description = "A test consultation, to practise on") boolean test,
			OffsetDateTime publishedAt, @Schema(nullable = true) OffsetDateTime closedAt,
			@Schema(description = "When it was awarded or declared unsuccessful", nullable = true) OffsetDateTime decidedAt,
			@Schema(nullable = true) OffsetDateTime cancelledAt, @Schema(nullable = true) String cancellationReason,
			List<LotResource> lots, @Schema(description = "The current documents") List<DocumentResource> documents,
			@Schema(description = "The changes published since, the first first") List<ChangeResource> changes,
			String url) {

		static ConsultationResource of(ConsultationDetails c, PlatformProperties platform) {
			return new ConsultationResource(c.id().value(), c.reference(), c.title(), c.object(),
					EntityReference.of(c.entity()), c.procedure(), c.category(), c.state(), CpvResource.of(c.mainCpv()),
					c.additionalCpv().stream().map(CpvResource::of).toList(),
					c.department() == null ? null : c.department().code(), c.estimatedValue(),
					paris(c.questionsDeadline()), paris(c.depositDeadline()), c.signatureRequired(), c.envelopes(),
					c.restricted(), c.defenceOrSecurity(), c.utilities(), c.euPublication(), c.test(),
					paris(c.publishedAt()), paris(c.closedAt()), paris(c.decidedAt()), paris(c.cancelledAt()),
					c.cancellationReason(),
					c.lots()
						.stream()
						.map(lot -> new LotResource(lot.number(), lot.title(), CpvResource.of(lot.cpv()),
								lot.estimatedValue()))
						.toList(),
					c.documents().stream().map(DocumentResource::of).toList(),
					c.changes().stream().map(ChangeResource::of).toList(), platform.link("/consultations/" + c.id()));
		}
	}
}
