package fr.openmarches.consultation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.consultation.CpvCode;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.media.Schema;
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

	@Schema(description = "A page of consultations.")
	record ConsultationPage(List<ConsultationItem> items, @Schema(description = "Page number, from 1") int page,
			@Schema(description = "Items per page") int size,
			@Schema(description = "Number of consultations matching the search") long totalItems, int totalPages) {

		static ConsultationPage of(Page<ConsultationSummary> page, PlatformProperties platform) {
			return new ConsultationPage(page.map(c -> ConsultationItem.of(c, platform)).getContent(),
					page.getNumber() + 1, page.getSize(), page.getTotalElements(), page.getTotalPages());
		}
	}

	@Schema(description = "A lot: a part of the consultation awarded separately.")
	record LotResource(int number, String title,
			@Schema(description = "CPV code of the lot, when it has its own", nullable = true) String cpv,
			@Schema(description = "Estimated value in euros excluding VAT", nullable = true) BigDecimal estimatedValue) {
	}

	@Schema(description = "A document of the consultation: a file, or a piece that is not dematerialised.")
	record DocumentResource(DocumentKind kind, String title,
			@Schema(description = "Whether the document is a file on the platform") boolean dematerialised,
			@Schema(nullable = true) String fileName, @Schema(nullable = true) String mediaType,
			@Schema(description = "Size in bytes", nullable = true) Long size,
			@Schema(description = "SHA-256 of the file, lowercase hex", nullable = true) String sha256,
			@Schema(description = "How to obtain a piece that is not dematerialised", nullable = true) String howToObtain) {
	}

	@Schema(description = "A consultation with its lots, deadlines and documents.")
	record ConsultationResource(UUID id, String reference, String title,
			@Schema(description = "What is bought") String object, EntityReference purchasingEntity,
			ProcedureType procedure, Category category, ConsultationState state,
			@Schema(example = "30213100-6") String mainCpv, List<String> additionalCpv,
			@Schema(nullable = true) String department,
			@Schema(description = "Estimated value in euros excluding VAT", nullable = true) BigDecimal estimatedValue,
			@Schema(description = "Last moment to ask questions, in Europe/Paris time",
					nullable = true) OffsetDateTime questionsDeadline,
			@Schema(description = "Deadline for deposits, in Europe/Paris time") OffsetDateTime depositDeadline,
			@Schema(description = "Whether bids must be electronically signed") boolean signatureRequired,
			@Schema(description = "The envelopes a bid holds") List<Envelope> envelopes,
			@Schema(description = "A test consultation, to practise on") boolean test,
			OffsetDateTime publishedAt, @Schema(nullable = true) OffsetDateTime closedAt,
			@Schema(description = "When it was awarded or declared unsuccessful", nullable = true) OffsetDateTime decidedAt,
			@Schema(nullable = true) OffsetDateTime cancelledAt, @Schema(nullable = true) String cancellationReason,
			List<LotResource> lots, List<DocumentResource> documents, String url) {

		static ConsultationResource of(ConsultationDetails c, PlatformProperties platform) {
			return new ConsultationResource(c.id().value(), c.reference(), c.title(), c.object(),
					EntityReference.of(c.entity()), c.procedure(), c.category(), c.state(), c.mainCpv().value(),
					c.additionalCpv().stream().map(CpvCode::value).toList(),
					c.department() == null ? null : c.department().code(), c.estimatedValue(),
					paris(c.questionsDeadline()), paris(c.depositDeadline()), c.signatureRequired(), c.envelopes(),
					c.test(), paris(c.publishedAt()), paris(c.closedAt()), paris(c.decidedAt()), paris(c.cancelledAt()),
					c.cancellationReason(),
					c.lots()
						.stream()
						.map(lot -> new LotResource(lot.number(), lot.title(), lot.cpv() == null ? null : lot.cpv().value(),
								lot.estimatedValue()))
						.toList(),
					c.documents()
						.stream()
						.map(d -> new DocumentResource(d.kind(), d.title(), d.dematerialised(), d.fileName(), d.mediaType(),
								d.size(), d.blob() == null ? null : d.blob().sha256(), d.howToObtain()))
						.toList(),
					platform.link("/consultations/" + c.id()));
		}
	}
}
