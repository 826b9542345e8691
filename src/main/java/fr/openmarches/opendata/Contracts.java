package fr.openmarches.opendata;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.Violation;
import fr.openmarches.cpv.CpvCatalogue;
import fr.openmarches.identity.AccountId;
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
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.platform.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contract records: drafted for a consultation's lot (by the award, or by a buyer), completed by the
 * buyers of the consultation's entity, checked against the rules and the official schema, then
 * published. The buyer methods take the buyer's account: another entity's consultation or record is
 * {@linkplain NoSuchContractException not found}.
 */
@Service
public class Contracts {

	/** The consultation states in which its contracts are recorded: after the deadline. */
	static final Set<ConsultationState> AFTER_THE_DEADLINE = EnumSet.of(ConsultationState.CLOSED,
			ConsultationState.OPENED, ConsultationState.AWARDED);

	private final ContractRecords records;

	private final BuyerConsultations buyers;

	private final ConsultationCatalogue catalogue;

	private final EntityDirectory directory;

	private final CpvCatalogue cpv;

	private final DecpDocuments documents;

	private final ContractModifications modifications;

	private final JdbcClient jdbc;

	private final Clock clock;

	Contracts(ContractRecords records, BuyerConsultations buyers, ConsultationCatalogue catalogue,
			EntityDirectory directory, CpvCatalogue cpv, DecpDocuments documents, ContractModifications modifications,
			JdbcClient jdbc, Clock clock) {
		this.modifications = modifications;
		this.records = records;
		this.buyers = buyers;
		this.catalogue = catalogue;
		this.directory = directory;
		this.cpv = cpv;
		this.documents = documents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The draft record of a lot awarded to {@code holders} for {@code amount}, prefilled from the
	 * consultation (object, CPV, procedure, place, nature, CCAG, the buyer's SIRET): for the award
	 * to call. A draft already there for the lot takes the holders, amount and offers.
	 * @param lot {@code null} for a consultation without lots
	 * @param offersReceived {@code null} when unknown
	 * @throws NoSuchContractException when no published consultation has this id or lot
	 * @throws ContractStateException when its state, or its procedure (a concession), rules it out
	 */
	@Transactional
	public ContractId draft(ConsultationId consultation, Integer lot, List<Holder> holders, BigDecimal amount,
			Integer offersReceived) {
		var details = catalogue.find(consultation).orElseThrow(() -> new NoSuchContractException("consultation"));
		var existing = records.ofLot(consultation.value(), lot == null ? 0 : lot);
		if (existing.isPresent()) {
			var contract = existing.get();
			var t = contract.terms();
			contract.rewrite(new ContractTerms(t.decpId(), t.nature(), t.object(), t.cpv(), t.techniques(),
					t.executionModes(), t.innovative(), t.ccag(), offersReceived != null ? offersReceived : t.offersReceived(),
					t.advance(), t.advanceRate(), holders.size() > 1 && t.grouping() == Grouping.NONE ? Grouping.JOINT
							: t.grouping(), t.subcontracting(), t.procedure(), t.placeCode(), t.placeType(),
					t.durationMonths(), t.notifiedOn(), amount, t.priceTypes(), t.priceForm(), t.social(),
					t.environmental(), holders), clock.instant());
			return records.save(contract).id();
		}
		return records.save(prefilled(details, lot, holders, amount, offersReceived)).id();
	}

	/**
	 * Records the date the contract was notified to its holders (dateNotification).
	 * @throws ContractStateException once its data are published
	 */
	@Transactional
	public void notified(ContractId contract, LocalDate on) {
		var found = records.findById(contract.value()).orElseThrow(() -> new NoSuchContractException("contract"));
		found.notified(on, clock.instant());
		records.save(found);
	}

	/** A record by its id, whoever asks: for other modules. */
	@Transactional(readOnly = true)
	public java.util.Optional<ContractView> find(ContractId contract) {
		return records.findById(contract.value()).map(Contract::view);
	}

	/** One of the buyer's consultations, in any state. */
	@Transactional(readOnly = true)
	public ConsultationDetails consultation(AccountId buyer, ConsultationId consultation) {
		return buyers.find(buyer, consultation).orElseThrow(() -> new NoSuchContractException("consultation"));
	}

	/** The records of one of the buyer's consultations, by lot. */
	@Transactional(readOnly = true)
	public List<ContractView> ofConsultation(AccountId buyer, ConsultationId consultation) {
		consultation(buyer, consultation);
		return records.ofConsultation(consultation.value()).stream().map(Contract::view).toList();
	}

	/**
	 * Starts the record of a lot of one of the buyer's consultations, prefilled, without holders.
	 * @throws ContractStateException before the deadline, for a concession, a test consultation, or
	 *         when the lot already has one
	 */
	@Transactional
	public ContractView create(AccountId buyer, ConsultationId consultation, Integer lot) {
		var details = consultation(buyer, consultation);
		if (lot != null && details.lots().stream().noneMatch(l -> l.number() == lot)
				|| lot == null && !details.lots().isEmpty()) {
			throw new NoSuchContractException("lot");
		}
		if (records.ofLot(consultation.value(), lot == null ? 0 : lot).isPresent()) {
			throw new ContractStateException("opendata.error.exists");
		}
		return records.save(prefilled(details, lot, List.of(), null, null)).view();
	}

	/** One of the buyer's records. */
	@Transactional(readOnly = true)
	public ContractView find(AccountId buyer, ContractId contract) {
		return mine(buyer, contract).view();
	}

	/**
	 * Replaces what one of the buyer's drafts says. Saved as written, mistakes included, except a
	 * DECP id that is malformed or already the buyer's for another record (400).
	 * @throws ContractRefusedException for such an id
	 * @throws ContractStateException once published
	 */
	@Transactional
	public ContractView revise(AccountId buyer, ContractId contract, ContractTerms terms) {
		var found = mine(buyer, contract);
		var problems = new ArrayList<Violation>();
		if (terms.decpId() == null || !ContractRules.DECP_ID.matcher(terms.decpId().strip()).matches()) {
			problems.add(Violation.of("decpId", "opendata.error.decpId"));
		}
		else if (records.existsByBuyerSiretAndDecpIdAndIdNot(found.buyerSiret(), terms.decpId().strip(),
				contract.value())) {
			problems.add(Violation.of("decpId", "opendata.error.decpId.taken"));
		}
		if (terms.object() != null && terms.object().length() > 1000) {
			problems.add(Violation.of("object", "opendata.error.object.long", 1000));
		}
		if (!problems.isEmpty()) {
			throw new ContractRefusedException(problems);
		}
		found.rewrite(terms, clock.instant());
		return records.save(found).view();
	}

	/**
	 * Everything that stops one of the buyer's records from being published today: the rules in
	 * the buyer's words, then what the official schema finds, in {@code locale}'s language.
	 */
	@Transactional(readOnly = true)
	public List<Violation> check(AccountId buyer, ContractId contract, Locale locale) {
		return problems(mine(buyer, contract).view(), locale);
	}

	/**
	 * Publishes one of the buyer's records: its data join the public pages, the JSON export and the
	 * API, with today's date of publication; {@link ContractDataPublished} follows.
	 * @throws ContractRefusedException with every problem, nothing published
	 * @throws ContractStateException when already published
	 */
	@Transactional
	public ContractView publish(AccountId buyer, ContractId contract, Locale locale) {
		var found = mine(buyer, contract);
		if (found.state() == ContractState.PUBLISHED) {
			throw new ContractStateException("opendata.error.published");
		}
		var problems = problems(found.view(), locale);
		if (!problems.isEmpty()) {
			throw new ContractRefusedException(problems);
		}
		found.publish(today(), clock.instant());
		return records.save(found).view();
	}

	/** The modifications of one of the buyer's records, in their order. */
	@Transactional(readOnly = true)
	public List<ContractModification> modifications(AccountId buyer, ContractId contract) {
		mine(buyer, contract);
		return modifications.of(contract);
	}

	/**
	 * Appends a modification (avenant) to one of the buyer's published records: a new duration and/or
	 * amount, notified on {@code notifiedOn}, published today; the DECP document with it must still
	 * validate against the official schema.
	 * @throws ContractStateException before the record is published
	 * @throws ContractRefusedException with every problem, nothing recorded
	 */
	@Transactional
	public ContractModification modify(AccountId buyer, ContractId contract, LocalDate notifiedOn, Integer durationMonths,
			BigDecimal amount, Locale locale) {
		var found = mine(buyer, contract);
		if (found.state() != ContractState.PUBLISHED) {
			throw new ContractStateException("opendata.error.notPublished");
		}
		var view = found.view();
		var problems = new ArrayList<Violation>();
		if (notifiedOn == null || notifiedOn.isAfter(today())
				|| view.terms().notifiedOn() != null && notifiedOn.isBefore(view.terms().notifiedOn())) {
			problems.add(Violation.of("notifiedOn", "opendata.error.modification.notifiedOn"));
		}
		if (durationMonths == null && amount == null) {
			problems.add(Violation.of("amount", "opendata.error.modification.nothing"));
		}
		if (durationMonths != null && (durationMonths < 1 || durationMonths > 1200)) {
			problems.add(Violation.of("durationMonths", "opendata.error.modification.duration"));
		}
		if (amount != null && (amount.compareTo(BigDecimal.ONE) < 0 || amount.scale() > 2
				|| amount.precision() - amount.scale() > 13)) {
			problems.add(Violation.of("amount", "opendata.error.modification.amount"));
		}
		var existing = modifications.of(contract);
		var modification = new ContractModification(existing.size() + 1, notifiedOn, today(), durationMonths, amount, buyer,
				clock.instant());
		if (problems.isEmpty()) {
			problems.addAll(documents.problems(view, modification, locale));
		}
		if (!problems.isEmpty()) {
			throw new ContractRefusedException(problems);
		}
		modifications.add(contract, modification);
		return modification;
	}

	private List<Violation> problems(ContractView contract, Locale locale) {
		var problems = new ArrayList<>(ContractRules.check(contract.terms(), today(), code -> cpv.find(code).isPresent()));
		if (records.existsByBuyerSiretAndDecpIdAndIdNot(contract.buyerSiret(), contract.terms().decpId(),
				contract.id().value())) {
			problems.add(Violation.of("decpId", "opendata.error.decpId.taken"));
		}
		if (problems.isEmpty()) {
			problems.addAll(documents.problems(contract, today(), locale));
		}
		return problems;
	}

	private Contract mine(AccountId buyer, ContractId contract) {
		var found = records.findById(contract.value()).orElseThrow(() -> new NoSuchContractException("contract"));
		if (!buyers.actsFor(buyer, found.consultation())) {
			throw new NoSuchContractException("contract");
		}
		return found;
	}

	private Contract prefilled(ConsultationDetails details, Integer lot, List<Holder> holders, BigDecimal amount,
			Integer offersReceived) {
		if (!AFTER_THE_DEADLINE.contains(details.state()) || details.test()) {
			throw new ContractStateException("opendata.error.consultationState");
		}
		var procedure = Procedure.of(details.procedure());
		if (procedure == null) {
			throw new ContractStateException("opendata.error.concession");
		}
		var entity = directory.find(details.entity().id()).orElseThrow(() -> new NoSuchContractException("entity"));
		var lotView = lot == null ? null
				: details.lots().stream().filter(l -> l.number() == lot).findFirst()
					.orElseThrow(() -> new NoSuchContractException("lot"));
		var cpvCode = lotView != null && lotView.cpv() != null ? lotView.cpv().code() : details.mainCpv().code();
		var object = lotView == null ? details.title() : details.title() + " — lot " + lot + " : " + lotView.title();
		var terms = new ContractTerms(nextDecpId(entity.siret(), lot), details.defenceOrSecurity() ? Nature.DEFENCE
				: Nature.CONTRACT, object.length() > 1000 ? object.substring(0, 1000) : object, cpvCode,
				Set.of(Technique.NONE), Set.of(ExecutionMode.NONE), false, ccag(details.category()), offersReceived,
				false, null, holders.size() > 1 ? Grouping.JOINT : Grouping.NONE, false, procedure,
				details.department() == null ? "" : details.department().code(), PlaceType.DEPARTMENT, null, null,
				amount, Set.of(PriceType.FIRM), PriceForm.LUMP_SUM, Set.of(Social.NONE), Set.of(Environmental.NONE),
				holders);
		return new Contract(details.id(), lot, details.entity().id(), entity.siret(), entity.displayName(), terms,
				clock.instant());
	}

	private static Ccag ccag(Category category) {
		return category == Category.WORKS ? Ccag.WORKS : Ccag.SUPPLIES_AND_SERVICES;
	}

	/**
	 * The buyer's next internal number: the year (4 digits), the buyer's sequence for that year (6
	 * digits) and the lot (2 digits), e.g. {@code 202600004203}; 12 characters at most.
	 */
	private String nextDecpId(String buyerSiret, Integer lot) {
		int year = today().getYear();
		int number = jdbc.sql("""
				insert into opendata.decp_sequence (buyer_siret, year, last_number) values (?, ?, 1)
				on conflict (buyer_siret, year) do update set last_number = decp_sequence.last_number + 1
				returning last_number""").params(buyerSiret, year).query(Integer.class).single();
		return "%04d%06d%02d".formatted(year, number, lot == null ? 0 : lot);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), LegalTime.ZONE);
	}
}
