package fr.openmarches.opendata;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.opendata.DecpCodes.Ccag;
import fr.openmarches.opendata.DecpCodes.Environmental;
import fr.openmarches.opendata.DecpCodes.ExecutionMode;
import fr.openmarches.opendata.DecpCodes.Grouping;
import fr.openmarches.opendata.DecpCodes.HolderIdType;
import fr.openmarches.opendata.DecpCodes.Nature;
import fr.openmarches.opendata.DecpCodes.PlaceType;
import fr.openmarches.opendata.DecpCodes.PriceForm;
import fr.openmarches.opendata.DecpCodes.PriceType;
import fr.openmarches.opendata.DecpCodes.Procedure;
import fr.openmarches.opendata.DecpCodes.Social;
import fr.openmarches.opendata.DecpCodes.Technique;
import fr.openmarches.organisation.PurchasingEntityId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The record of a contract awarded for a consultation or one of its lots. A draft changes freely;
 * {@link #publish} fixes it for good and registers {@link ContractDataPublished}.
 */
@Entity
@Table(schema = "opendata", name = "contract")
class Contract extends AbstractAggregateRoot<Contract> {

	@Id
	private UUID id;

	@Column(name = "consultation_id", nullable = false)
	private UUID consultationId;

	private Integer lot;

	@Column(name = "entity_id", nullable = false)
	private UUID entityId;

	@Column(name = "buyer_siret", nullable = false)
	private String buyerSiret;

	@Column(name = "buyer_name", nullable = false)
	private String buyerName;

	@Column(name = "decp_id", nullable = false)
	private String decpId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Nature nature;

	@Column(nullable = false)
	private String object;

	@Column(nullable = false)
	private String cpv;

	@Column(nullable = false)
	private String techniques;

	@Column(name = "execution_modes", nullable = false)
	private String executionModes;

	@Column(nullable = false)
	private boolean innovative;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Ccag ccag;

	@Column(name = "offers_received")
	private Integer offersReceived;

	@Column(nullable = false)
	private boolean advance;

	@Column(name = "advance_rate")
	private BigDecimal advanceRate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Grouping grouping;

	@Column(nullable = false)
	private boolean subcontracting;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Procedure procedure;

	@Column(name = "place_code", nullable = false)
	private String placeCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "place_type", nullable = false)
	private PlaceType placeType;

	@Column(name = "duration_months")
	private Integer durationMonths;

	@Column(name = "notified_on")
	private LocalDate notifiedOn;

	private BigDecimal amount;

	@Column(name = "price_types", nullable = false)
	private String priceTypes;

	@Enumerated(EnumType.STRING)
	@Column(name = "price_form", nullable = false)
	private PriceForm priceForm;

	@Column(nullable = false)
	private String social;

	@Column(nullable = false)
	private String environmental;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "opendata", name = "contract_holder", joinColumns = @JoinColumn(name = "contract_id"))
	@OrderColumn(name = "position")
	private List<HolderRow> holders = new ArrayList<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ContractState state;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private int version;

	protected Contract() {
	}

	Contract(ConsultationId consultation, Integer lot, PurchasingEntityId entity, String buyerSiret, String buyerName,
			ContractTerms terms, Instant now) {
		this.id = UUID.randomUUID();
		this.consultationId = consultation.value();
		this.lot = lot;
		this.entityId = entity.value();
		this.buyerSiret = buyerSiret;
		this.buyerName = buyerName;
		this.state = ContractState.DRAFT;
		this.createdAt = now;
		write(terms, now);
	}

	/**
	 * Replaces what the draft says. The list values and the texts the table requires must be there;
	 * the rest is checked at publication.
	 * @throws ContractStateException once published
	 */
	void rewrite(ContractTerms terms, Instant now) {
		requireDraft();
		write(terms, now);
	}

	/**
	 * Records the date the contract was notified to its holders.
	 * @throws ContractStateException once published
	 */
	void notified(LocalDate on, Instant now) {
		requireDraft();
		this.notifiedOn = on;
		this.updatedAt = now;
	}

	/**
	 * Makes the data public on {@code today}; the caller has checked them against the rules and
	 * the schema.
	 * @throws ContractStateException when already published
	 */
	void publish(LocalDate today, Instant now) {
		requireDraft();
		this.state = ContractState.PUBLISHED;
		this.publishedOn = today;
		this.updatedAt = now;
		registerEvent(new ContractDataPublished(id(), consultation(), lot, decpId, buyerSiret, today));
	}

	private void requireDraft() {
		if (state != ContractState.DRAFT) {
			throw new ContractStateException("opendata.error.published");
		}
	}

	private void write(ContractTerms terms, Instant now) {
		this.decpId = terms.decpId() == null ? "" : terms.decpId().strip();
		this.nature = terms.nature() == null ? Nature.CONTRACT : terms.nature();
		this.object = terms.object() == null ? "" : terms.object().strip();
		this.cpv = terms.cpv() == null ? "" : terms.cpv().strip();
		this.techniques = DecpCodes.join(terms.techniques());
		this.executionModes = DecpCodes.join(terms.executionModes());
		this.innovative = terms.innovative();
		this.ccag = terms.ccag() == null ? Ccag.NONE : terms.ccag();
		this.offersReceived = terms.offersReceived();
		this.advance = terms.advance();
		this.advanceRate = terms.advance() ? terms.advanceRate() : null;
		this.grouping = terms.grouping() == null ? Grouping.NONE : terms.grouping();
		this.subcontracting = terms.subcontracting();
		this.procedure = terms.procedure() == null ? Procedure.ADAPTED : terms.procedure();
		this.placeCode = terms.placeCode() == null ? "" : terms.placeCode().strip();
		this.placeType = terms.placeType() == null ? PlaceType.DEPARTMENT : terms.placeType();
		this.durationMonths = terms.durationMonths();
		this.notifiedOn = terms.notifiedOn();
		this.amount = terms.amount();
		this.priceTypes = DecpCodes.join(terms.priceTypes());
		this.priceForm = terms.priceForm() == null ? PriceForm.LUMP_SUM : terms.priceForm();
		this.social = DecpCodes.join(terms.social());
		this.environmental = DecpCodes.join(terms.environmental());
		this.holders.clear();
		terms.holders().forEach(holder -> this.holders.add(new HolderRow(holder)));
		this.updatedAt = now;
	}

	ContractId id() {
		return new ContractId(id);
	}

	ConsultationId consultation() {
		return new ConsultationId(consultationId);
	}

	Integer lot() {
		return lot;
	}

	String buyerSiret() {
		return buyerSiret;
	}

	ContractState state() {
		return state;
	}

	ContractTerms terms() {
		return new ContractTerms(decpId, nature, object, cpv, DecpCodes.split(techniques, Technique.class),
				DecpCodes.split(executionModes, ExecutionMode.class), innovative, ccag, offersReceived, advance,
				advanceRate, grouping, subcontracting, procedure, placeCode, placeType, durationMonths, notifiedOn,
				amount, DecpCodes.split(priceTypes, PriceType.class), priceForm, DecpCodes.split(social, Social.class),
				DecpCodes.split(environmental, Environmental.class), holders.stream().map(HolderRow::holder).toList());
	}

	ContractView view() {
		return new ContractView(id(), consultation(), lot, new PurchasingEntityId(entityId), buyerSiret, buyerName, state,
				publishedOn, terms(), updatedAt);
	}

	/** One holder, in the order of the list. */
	@Embeddable
	static class HolderRow {

		@Enumerated(EnumType.STRING)
		@Column(name = "id_type", nullable = false)
		private HolderIdType idType;

		@Column(nullable = false)
		private String identifier;

		@Column(nullable = false)
		private String name;

		protected HolderRow() {
		}

		HolderRow(Holder holder) {
			this.idType = holder.idType() == null ? HolderIdType.SIRET : holder.idType();
			this.identifier = holder.identifier() == null ? "" : holder.identifier().replaceAll("[\\s.]", "");
			this.name = holder.name() == null ? "" : holder.name().strip();
		}

		Holder holder() {
			return new Holder(idType, identifier, name);
		}
	}
}
