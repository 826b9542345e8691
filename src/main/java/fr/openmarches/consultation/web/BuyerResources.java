package fr.openmarches.consultation.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import fr.openmarches.consultation.BuyerAction;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.NewConsultation;
import fr.openmarches.consultation.NewLot;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.consultation.PublicationCheck;
import fr.openmarches.consultation.Requirement;
import fr.openmarches.consultation.web.ConsultationResources.ConsultationItem;
import fr.openmarches.consultation.web.ConsultationResources.ConsultationResource;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.platform.PlatformProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.data.domain.Page;

/** What the buyer API reads and returns: records made for the API, never the module's own types. */
final class BuyerResources {

	private BuyerResources() {
	}

	@Schema(name = "ConsultationDraft", description = """
			A consultation as a buyer writes it, to draft it or to revise a draft. Deadlines carry their \
			offset (they are legal times in Paris, e.g. 2026-12-04T12:00:00+01:00).""")
	record ConsultationPayload(
			@Schema(description = "Id of one of the buyer's purchasing entities (ignored when revising)")
			UUID purchasingEntity,
			@Schema(description = "Unique within the entity", example = "2026-DGA-0142") String reference,
			String title, @Schema(description = "What is bought") String object, ProcedureType procedure,
			Category category,
			@Schema(description = "Main CPV code: eight digits of the CPV 2008 vocabulary", example = "30213100")
			String mainCpv,
			@Schema(description = "Additional CPV codes", nullable = true) List<String> additionalCpv,
			@Schema(nullable = true) List<LotPayload> lots,
			@Schema(description = "Code of the department where the contract is performed; null when national",
					example = "18", nullable = true) String department,
			@Schema(description = "Estimated value in euros excluding VAT, every lot included", nullable = true)
			BigDecimal estimatedValue,
			@Schema(description = "Last moment to ask questions; before the deposit deadline", nullable = true)
			OffsetDateTime questionsDeadline,
			@Schema(description = "Deadline for deposits") OffsetDateTime depositDeadline,
			@Schema(description = "Whether bids must be electronically signed") Boolean signatureRequired,
			@Schema(description = "The envelopes a bid holds: at least one") Set<Envelope> envelopes,
			@Schema(description = "Two phases: only invited candidates take part in the second (always for RESTRICTED_TENDER, never for OPEN_TENDER)")
			Boolean restricted,
			@Schema(description = "A defence or security contract (sets the EU threshold)") Boolean defenceOrSecurity,
			@Schema(description = "Awarded as a utility (entité adjudicatrice)") Boolean utilities,
			@Schema(description = "A test consultation, for suppliers to practise") Boolean test) {

		NewConsultation details() {
			return new NewConsultation(purchasingEntity == null ? null : new PurchasingEntityId(purchasingEntity),
					reference, title, object, procedure, category, mainCpv,
					additionalCpv == null ? List.of() : additionalCpv.stream().filter(c -> c != null).toList(),
					lots == null ? List.of()
							: lots.stream().map(lot -> new NewLot(lot.title(), lot.cpv(), lot.estimatedValue())).toList(),
					department, estimatedValue, questionsDeadline == null ? null : questionsDeadline.toInstant(),
					depositDeadline == null ? null : depositDeadline.toInstant(), yes(signatureRequired), envelopes,
					yes(restricted), yes(defenceOrSecurity), yes(utilities), yes(test));
		}

		/** A flag left out is a no. */
		private static boolean yes(Boolean flag) {
			return Boolean.TRUE.equals(flag);
		}
	}

	@Schema(name = "LotDraft", description = "A lot as a buyer writes it.")
	record LotPayload(String title,
			@Schema(description = "The lot's own CPV code; null when it is the consultation's", nullable = true) String cpv,
			@Schema(description = "Estimated value in euros excluding VAT", nullable = true) BigDecimal estimatedValue) {
	}

	@Schema(name = "PaperPiece", description = "A piece of the DCE that is not dematerialised.")
	record PaperPiecePayload(String title, @Schema(description = "How suppliers obtain it") String howToObtain) {
	}

	@Schema(name = "Cancellation", description = "Why a consultation is stopped (sans suite); published.")
	record CancellationPayload(String reason) {
	}

	@Schema(name = "PublicationCheck", description = "What a draft still lacks to be published, and where its notice would go.")
	record PublicationCheckResource(@Schema(description = "Whether it may be published now") boolean publishable,
			@Schema(description = "What stops the publication") List<RequirementResource> missing,
			@Schema(description = "What to look at, without being stopped") List<RequirementResource> advice,
			@Schema(description = "Whether its notice goes to the Official Journal of the EU") boolean euPublication,
			@Schema(description = "The EU threshold that applies, in euros excluding VAT") BigDecimal euThreshold,
			@Schema(description = "The value compared to it: the estimated value, or the sum of the lots'",
					nullable = true) BigDecimal contractValue) {

		static PublicationCheckResource of(PublicationCheck check, Function<Requirement, String> text) {
			return new PublicationCheckResource(check.publishable(),
					check.missing().stream().map(r -> new RequirementResource(r, text.apply(r))).toList(),
					check.advice().stream().map(r -> new RequirementResource(r, text.apply(r))).toList(),
					check.euPublication(), check.euThreshold(), check.contract().estimatedValue());
		}
	}

	@Schema(name = "Requirement", description = "Something a draft needs before it goes public.")
	record RequirementResource(Requirement requirement, @Schema(description = "Explanation in the reader's language") String message) {
	}

	@Schema(name = "BuyerConsultation", description = """
			One of the buyer's consultations, in any state: what its public page shows (or will show), \
			what the buyer may do next, and, for a draft, what it still lacks.""")
	record BuyerConsultationResource(ConsultationResource consultation,
			@Schema(description = "What the buyer may do in this state") Set<BuyerAction> actions,
			@Schema(description = "For a draft: what it still lacks; null otherwise", nullable = true)
			PublicationCheckResource publication) {

		static BuyerConsultationResource of(ConsultationDetails details, PublicationCheckResource check,
				PlatformProperties platform) {
			return new BuyerConsultationResource(ConsultationResource.of(details, platform),
					BuyerAction.allowedIn(details.state()), check);
		}
	}

	@Schema(name = "BuyerConsultationPage", description = "A page of the buyer's consultations, with how many are in each state.")
	record BuyerConsultationPage(List<ConsultationItem> items, @Schema(description = "Page number, from 1") int page,
			int size, long totalItems, int totalPages,
			@Schema(description = "How many consultations of the buyer's entities (or of the entity asked) are in each state")
			Map<ConsultationState, Long> countByState) {

		static BuyerConsultationPage of(Page<ConsultationSummary> page, Map<ConsultationState, Long> counts,
				PlatformProperties platform) {
			return new BuyerConsultationPage(page.map(c -> ConsultationItem.of(c, platform)).getContent(),
					page.getNumber() + 1, page.getSize(), page.getTotalElements(), page.getTotalPages(), counts);
		}
	}

	@Schema(name = "ProblemField", description = "One field at fault, and why.")
	record FieldProblem(@Schema(example = "lots[1].cpv") String field, String message) {
	}
}
