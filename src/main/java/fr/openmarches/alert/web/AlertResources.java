package fr.openmarches.alert.web;

import java.time.Instant;
import java.util.UUID;

import fr.openmarches.alert.AlertCriteria;
import fr.openmarches.alert.AlertView;
import fr.openmarches.alert.Frequency;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.OrganisationId;
import fr.openmarches.organisation.PurchasingEntityId;
import io.swagger.v3.oas.annotations.media.Schema;

/** What the alert API reads and returns: records made for the API, never the module's own types. */
final class AlertResources {

	private AlertResources() {
	}

	@Schema(name = "AlertCriteria", description = """
			What an alert watches for: the search of the consultation list, at least one criterion. The \
			list's deadline range, state and order do not apply: an alert announces newly published \
			consultations open to bids.""")
	record Criteria(@Schema(description = "Words that must all be found", example = "drones", nullable = true) String keywords,
			@Schema(description = """
					How keywords match: EXACT (words as written, in the title and the object) or APPROACHING (plurals \
					and accents ignored, also in the reference and the CPV labels)""", defaultValue = "APPROACHING") FinderQuery.Mode mode,
			@Schema(description = "Id of an organisation: the consultations of all its purchasing entities", nullable = true) UUID organisation,
			@Schema(description = "Id of a purchasing entity", nullable = true) UUID entity,
			@Schema(nullable = true) Category category, @Schema(nullable = true) ProcedureType procedure,
			@Schema(description = "A CPV 2008 code of eight digits: consultations with it or with a code below it",
					example = "45000000", nullable = true) String cpv,
			@Schema(description = "Code of the department where the contract is performed", example = "75",
					nullable = true) String department,
			@Schema(description = "Code of a portal: the consultations of the organisations it shows",
					example = "achats-defense", nullable = true) String portal) {

		static Criteria of(AlertCriteria c) {
			return new Criteria(c.keywords(), c.mode(), c.organisation() == null ? null : c.organisation().value(),
					c.entity() == null ? null : c.entity().value(), c.category(), c.procedure(), c.cpv(), c.department(),
					c.portal());
		}

		AlertCriteria criteria() {
			return new AlertCriteria(keywords, mode, organisation == null ? null : new OrganisationId(organisation),
					entity == null ? null : new PurchasingEntityId(entity), category, procedure, cpv, department, portal);
		}
	}

	@Schema(description = "A saved search with its alert.")
	record AlertItem(UUID id, @Schema(example = "Travaux routiers en Bretagne") String name, Criteria criteria,
			Frequency frequency, Instant createdAt,
			@Schema(description = "When the alert next looks for new consultations") Instant nextRunAt) {

		static AlertItem of(AlertView alert) {
			return new AlertItem(alert.id(), alert.name(), Criteria.of(alert.criteria()), alert.frequency(),
					alert.createdAt(), alert.nextRunAt());
		}
	}

	@Schema(description = "A search to save with its alert.")
	record NewAlert(@Schema(description = "To recognise the alert in mails, at most 120 characters",
			example = "Travaux routiers en Bretagne") String name, Criteria criteria,
			@Schema(description = "IMMEDIATE (checked every minute) or DAILY (a digest at 7:00, Paris time)",
					defaultValue = "DAILY", nullable = true) Frequency frequency) {
	}

	@Schema(description = "How often an alert mails.")
	record FrequencyChange(Frequency frequency) {
	}
}
