package fr.openmarches.opendata.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.consultation.Violation;
import fr.openmarches.opendata.ContractState;
import fr.openmarches.opendata.ContractTerms;
import fr.openmarches.opendata.ContractView;
import fr.openmarches.opendata.DecpCodes.Ccag;
import fr.openmarches.opendata.DecpCodes.Environmental;
import fr.openmarches.opendata.DecpCodes.ExecutionMode;
import fr.openmarches.opendata.DecpCodes.Grouping;
import fr.openmarches.opendata.DecpCodes.Nature;
import fr.openmarches.opendata.DecpCodes.PlaceType;
import fr.openmarches.opendata.DecpCodes.PriceForm;
import fr.openmarches.opendata.DecpCodes.PriceType;
import fr.openmarches.opendata.DecpCodes.Procedure;
import fr.openmarches.opendata.DecpCodes.Social;
import fr.openmarches.opendata.DecpCodes.Technique;
import fr.openmarches.opendata.Holder;
import org.springframework.context.MessageSource;

/** The buyer API's payloads. */
final class ContractResources {

	private ContractResources() {
	}

	/** A lot to start the record of; {@code null} for a consultation without lots. */
	record NewContract(Integer lot) {
	}

	/** A record's terms, as the API writes and reads them (the lists' values by name). */
	record TermsPayload(String decpId, Nature nature, String object, String cpv, Set<Technique> techniques,
			Set<ExecutionMode> executionModes, Boolean innovative, Ccag ccag, Integer offersReceived, Boolean advance,
			BigDecimal advanceRate, Grouping grouping, Boolean subcontracting, Procedure procedure, String placeCode,
			PlaceType placeType, Integer durationMonths, LocalDate notifiedOn, BigDecimal amount,
			Set<PriceType> priceTypes, PriceForm priceForm, Set<Social> social, Set<Environmental> environmental,
			List<Holder> holders) {

		/** What the payload says; a yes/no left out is no. */
		ContractTerms terms() {
			return new ContractTerms(decpId, nature, object, cpv, techniques, executionModes,
					Boolean.TRUE.equals(innovative), ccag, offersReceived, Boolean.TRUE.equals(advance), advanceRate,
					grouping, Boolean.TRUE.equals(subcontracting), procedure, placeCode, placeType,
					durationMonths, notifiedOn, amount, priceTypes, priceForm, social, environmental, holders);
		}

		static TermsPayload of(ContractTerms t) {
			return new TermsPayload(t.decpId(), t.nature(), t.object(), t.cpv(), t.techniques(), t.executionModes(),
					t.innovative(), t.ccag(), t.offersReceived(), t.advance(), t.advanceRate(), t.grouping(),
					t.subcontracting(), t.procedure(), t.placeCode(), t.placeType(), t.durationMonths(), t.notifiedOn(),
					t.amount(), t.priceTypes(), t.priceForm(), t.social(), t.environmental(), t.holders());
		}
	}

	/** A problem that stops the publication, translated. */
	record ProblemResource(String field, String code, String message) {

		static List<ProblemResource> of(List<Violation> problems, MessageSource messages, Locale locale) {
			return problems.stream()
				.map(p -> new ProblemResource(p.field(), p.messageKey(),
						messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
				.toList();
		}
	}

	/** A record, with what still stops its publication (empty once published). */
	record ContractResource(UUID id, UUID consultation, Integer lot, ContractState state, String buyerSiret,
			String buyerName, LocalDate publishedOn, Instant updatedAt, TermsPayload terms,
			List<ProblemResource> problems) {

		static ContractResource of(ContractView view, List<ProblemResource> problems) {
			return new ContractResource(view.id().value(), view.consultation().value(), view.lot(), view.state(),
					view.buyerSiret(), view.buyerName(), view.publishedOn(), view.updatedAt(),
					TermsPayload.of(view.terms()), problems);
		}
	}
}
