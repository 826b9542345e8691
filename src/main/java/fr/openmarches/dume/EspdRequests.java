package fr.openmarches.dume;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.PurchasingEntityView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DUME requests of consultations. Buyers read and set the request of their entities'
 * consultations ({@link BuyerConsultations} decides who acts for which entity: any other
 * consultation is {@link EspdNotFoundException}); anyone reads the request of a published
 * consultation, as a piece of its DCE.
 */
@Service
@Transactional
public class EspdRequests {

	private final JdbcClient jdbc;

	private final CriterionCatalogue catalogue;

	private final BuyerConsultations buyers;

	private final ConsultationCatalogue published;

	private final EntityDirectory entities;

	private final Clock clock;

	EspdRequests(JdbcClient jdbc, CriterionCatalogue catalogue, BuyerConsultations buyers,
			ConsultationCatalogue published, EntityDirectory entities, Clock clock) {
		this.jdbc = jdbc;
		this.entities = entities;
		this.catalogue = catalogue;
		this.buyers = buyers;
		this.published = published;
		this.clock = clock;
	}

	/** The SIRET of the consultation's purchasing entity, as the directory records it. */
	String buyerSiret(ConsultationDetails consultation) {
		return entities.find(consultation.entity().id()).map(PurchasingEntityView::siret).orElse(null);
	}

	/** The request of one of the buyer's consultations, in any state. */
	@Transactional(readOnly = true)
	public EspdRequest forBuyer(AccountId buyer, ConsultationId id) {
		return requestOf(buyerConsultation(buyer, id).id());
	}

	/** The consultation as its buyer sees it (for pages and the XML). */
	@Transactional(readOnly = true)
	public ConsultationDetails buyerConsultation(AccountId buyer, ConsultationId id) {
		if (buyer == null || id == null) {
			throw new EspdNotFoundException("consultation");
		}
		return buyers.find(buyer, id).orElseThrow(() -> new EspdNotFoundException("consultation"));
	}

	/**
	 * Sets the request of a draft or published consultation of the buyer's entities: the
	 * mandatory exclusion grounds always, the chosen criteria, the values of their requirements.
	 */
	public EspdRequest define(AccountId buyer, ConsultationId id, RequestChoice choice) {
		var consultation = buyerConsultation(buyer, id);
		if (consultation.state() != ConsultationState.DRAFT && consultation.state() != ConsultationState.PUBLISHED) {
			throw new EspdStateException("dume.error.state.request");
		}
		var codes = new HashSet<>(choice.criteria() == null ? java.util.Set.<String>of() : choice.criteria());
		codes.addAll(catalogue.mandatoryCodes());
		var requirements = new LinkedHashMap<String, String>();
		for (var code : codes) {
			var criterion = catalogue.find(code)
				.orElseThrow(() -> new EspdRejectedException(EspdRejectedException.Reason.UNKNOWN_CRITERION, code));
			for (var requirement : criterion.requirements()) {
				var typed = choice.requirements() == null ? null : choice.requirements().get(requirement.propertyId());
				if (!Values.blank(typed)) {
					requirements.put(requirement.propertyId(), switch (requirement.kind()) {
						case AMOUNT -> Values.amount(typed).toPlainString();
						case NUMBER -> Values.number(typed).toPlainString();
						case TEXT -> Values.text(typed);
					});
				}
			}
		}
		if (choice.requirements() != null) {
			for (var property : choice.requirements().keySet()) {
				var known = catalogue.all().stream()
					.flatMap(c -> c.requirements().stream())
					.anyMatch(r -> r.propertyId().equals(property));
				if (!known) {
					throw new EspdRejectedException(EspdRejectedException.Reason.UNKNOWN_CRITERION, property);
				}
			}
		}
		var key = consultation.id().value();
		jdbc.sql("delete from dume.request where consultation_id = ?").param(key).update();
		jdbc.sql("insert into dume.request (consultation_id, updated_at, updated_by) values (?, ?, ?)")
			.params(key, Timestamp.from(clock.instant()), buyer.value())
			.update();
		for (var code : codes) {
			jdbc.sql("insert into dume.request_criterion (consultation_id, code) values (?, ?)").params(key, code).update();
		}
		requirements.forEach((property, value) -> jdbc
			.sql("insert into dume.request_requirement (consultation_id, property_id, value) values (?, ?, ?)")
			.params(key, property, value)
			.update());
		return requestOf(consultation.id());
	}

	/** The ESPD request XML of one of the buyer's consultations. */
	@Transactional(readOnly = true)
	public byte[] xmlForBuyer(AccountId buyer, ConsultationId id) {
		var consultation = buyerConsultation(buyer, id);
		return RequestDocument.write(consultation, buyerSiret(consultation), requestOf(consultation.id()), catalogue, clock);
	}

	/** The request of a published consultation (or one published before), as anyone reads it. */
	@Transactional(readOnly = true)
	public EspdRequest forPublished(ConsultationId id) {
		return requestOf(publishedConsultation(id).id());
	}

	@Transactional(readOnly = true)
	public byte[] xmlForPublished(ConsultationId id) {
		var consultation = publishedConsultation(id);
		return RequestDocument.write(consultation, buyerSiret(consultation), requestOf(consultation.id()), catalogue, clock);
	}

	@Transactional(readOnly = true)
	public ConsultationDetails publishedConsultation(ConsultationId id) {
		if (id == null) {
			throw new EspdNotFoundException("consultation");
		}
		return published.find(id).orElseThrow(() -> new EspdNotFoundException("consultation"));
	}

	/** The request as stored, or the default one (every exclusion ground) if never set. */
	EspdRequest requestOf(ConsultationId id) {
		var updatedAt = jdbc.sql("select updated_at from dume.request where consultation_id = ?")
			.param(id.value())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
		if (updatedAt.isEmpty()) {
			return new EspdRequest(id, catalogue.exclusionGrounds(), Map.of(), null);
		}
		var codes = new HashSet<>(jdbc.sql("select code from dume.request_criterion where consultation_id = ?")
			.param(id.value())
			.query(String.class)
			.list());
		var requirements = new LinkedHashMap<String, String>();
		jdbc.sql("select property_id, value from dume.request_requirement where consultation_id = ? order by property_id")
			.param(id.value())
			.query((rs, row) -> requirements.put(rs.getString(1), rs.getString(2)))
			.list();
		var criteria = catalogue.all().stream().filter(c -> codes.contains(c.code())).toList();
		return new EspdRequest(id, criteria, Map.copyOf(requirements), updatedAt.map(Instant.class::cast).get());
	}
}
