package fr.openmarches.dume;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.company.CompanyView;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.dume.EspdResponse.Answer;
import fr.openmarches.dume.EspdResponse.EconomicOperator;
import fr.openmarches.identity.AccountId;
import fr.openmarches.platform.InvalidIdentifierException;
import fr.openmarches.platform.Siret;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DUME responses of the person's company: every method takes the acting account and reaches
 * only its company's responses (a person of no company, a consultation never published:
 * {@link EspdNotFoundException}). One response per company and consultation, prefilled from the
 * company record until saved; answers are written while the consultation is open to bids.
 */
@Service
@Transactional
public class EspdResponses {

	private final JdbcClient jdbc;

	private final CriterionCatalogue catalogue;

	private final EspdRequests requests;

	private final CompanyService companies;

	private final Clock clock;

	EspdResponses(JdbcClient jdbc, CriterionCatalogue catalogue, EspdRequests requests, CompanyService companies,
			Clock clock) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.requests = requests;
		this.companies = companies;
		this.clock = clock;
	}

	/** A response the company saved, as its list shows it. */
	public record Saved(ConsultationId consultation, String reference, String title, java.time.Instant updatedAt) {
	}

	/** The company's response to the consultation: the saved one, else the draft prefilled from the company. */
	@Transactional(readOnly = true)
	public EspdResponse responseOf(AccountId actor, ConsultationId id) {
		var company = companyOf(actor);
		var consultation = requests.publishedConsultation(id);
		return load(company, consultation);
	}

	/** The company's saved responses, the latest first. */
	@Transactional(readOnly = true)
	public List<Saved> responsesOf(AccountId actor) {
		var company = companyOf(actor);
		return jdbc.sql("select consultation_id, updated_at from dume.response where company_id = ? order by updated_at desc")
			.param(company.id().value())
			.query((rs, row) -> {
				var id = new ConsultationId(rs.getObject(1, UUID.class));
				var details = requests.publishedConsultation(id);
				return new Saved(id, details.reference(), details.title(), rs.getTimestamp(2).toInstant());
			})
			.list();
	}

	/** Saves the operator and the answers; answers to criteria the request does not hold are refused. */
	public EspdResponse save(AccountId actor, ConsultationId id, ResponseForm form) {
		var company = companyOf(actor);
		var consultation = open(id);
		var request = requests.requestOf(consultation.id());
		var operator = checked(form.operator());
		var answers = new LinkedHashMap<String, Answer>();
		if (form.answers() != null) {
			form.answers().forEach((code, answer) -> {
				var criterion = catalogue.find(code)
					.filter(c -> request.includes(c.code()))
					.orElseThrow(() -> new EspdRejectedException(EspdRejectedException.Reason.UNKNOWN_CRITERION, code));
				var kept = kept(criterion, answer);
				if (!kept.isEmpty()) {
					answers.put(code, kept);
				}
			});
		}
		store(actor, company, consultation, request, operator, answers);
		return load(company, consultation);
	}

	/** What « reprendre mon dernier DUME » did. */
	public record Reuse(EspdResponse response, ConsultationId from, int copied, List<EspdCriterion> toFill) {
	}

	/**
	 * Copies the answers of the company's latest other response for the criteria asked the same
	 * way (same criterion, same requirement values); the others keep what they had, to be filled.
	 */
	public Reuse reuseLast(AccountId actor, ConsultationId id) {
		var company = companyOf(actor);
		var consultation = open(id);
		var request = requests.requestOf(consultation.id());
		var current = load(company, consultation);
		var previous = jdbc.sql("""
				select id, consultation_id from dume.response where company_id = ? and consultation_id <> ?
				order by updated_at desc limit 1""")
			.params(company.id().value(), consultation.id().value())
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) })
			.optional();
		if (previous.isEmpty()) {
			return new Reuse(current, null, 0, current.unanswered());
		}
		var digests = new HashMap<String, String>();
		var earlier = answersOf((UUID) previous.get()[0], digests);
		var answers = new LinkedHashMap<>(current.answers());
		int copied = 0;
		for (var criterion : request.criteria()) {
			var answer = earlier.get(criterion.code());
			if (answer != null && request.digestOf(criterion).equals(digests.get(criterion.code()))) {
				answers.put(criterion.code(), answer);
				copied++;
			}
		}
		store(actor, company, consultation, request, current.operator(), answers);
		var saved = load(company, consultation);
		return new Reuse(saved, new ConsultationId((UUID) previous.get()[1]), copied, saved.unanswered());
	}

	/**
	 * The response as ESPD-EDM XML (QualificationApplicationResponse), valid against the XSD. A saved
	 * response is issued as of its saving, so the same bytes until saved again.
	 */
	@Transactional(readOnly = true)
	public byte[] xml(AccountId actor, ConsultationId id) {
		return xml(responseOf(actor, id));
	}

	private byte[] xml(EspdResponse response) {
		return ResponseDocument.write(response, requests.buyerSiret(response.consultation()), catalogue,
				response.saved() ? Clock.fixed(response.updatedAt(), clock.getZone()) : clock);
	}

	/**
	 * One of the company's saved responses as a deposit copies it: its consultation, when it was
	 * saved (its version) and what its files are, XML and PDF (French and English), whose bytes the
	 * supplier's browser fetched and sealed. Another company's response, or none: empty.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<DepositCopy> depositCopy(CompanyId company, UUID response) {
		var consultation = jdbc.sql("select consultation_id from dume.response where id = ? and company_id = ?")
			.params(response, company.value())
			.query(UUID.class)
			.optional();
		if (consultation.isEmpty()) {
			return java.util.Optional.empty();
		}
		var owner = companies.find(company).orElseThrow();
		var loaded = load(owner, requests.publishedConsultation(new ConsultationId(consultation.get())));
		var files = new java.util.ArrayList<DepositCopy.File>();
		files.add(DepositCopy.File.of(DepositCopy.Form.XML, xml(loaded)));
		for (var locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
			files.add(DepositCopy.File.of(DepositCopy.Form.PDF, ResponsePdf.render(loaded, locale, clock)));
		}
		return java.util.Optional.of(new DepositCopy(loaded.id(), loaded.consultation().id(), loaded.updatedAt(),
				List.copyOf(files)));
	}

	/** The response as a readable PDF, in French unless {@code locale} is English. */
	@Transactional(readOnly = true)
	public byte[] pdf(AccountId actor, ConsultationId id, Locale locale) {
		return ResponsePdf.render(responseOf(actor, id), locale, clock);
	}

	/**
	 * Reads a response XML (this platform's or another ESPD service's) into the company's
	 * response: the operator and the answers to the criteria of this request; the rest is ignored.
	 */
	public EspdResponse importXml(AccountId actor, ConsultationId id, byte[] xml) {
		var company = companyOf(actor);
		var consultation = open(id);
		var request = requests.requestOf(consultation.id());
		var read = ResponseDocument.read(xml, catalogue);
		var answers = new LinkedHashMap<String, Answer>();
		read.answers().forEach((code, answer) -> {
			if (request.includes(code)) {
				var kept = kept(catalogue.find(code).orElseThrow(), answer);
				if (!kept.isEmpty()) {
					answers.put(code, kept);
				}
			}
		});
		store(actor, company, consultation, request, checked(completed(read.operator(), load(company, consultation).operator())),
				answers);
		return load(company, consultation);
	}

	/** What another service's file leaves out of the operator is kept from the response (or the company record). */
	private static EconomicOperator completed(EconomicOperator read, EconomicOperator current) {
		return new EconomicOperator(or(read.siret(), current.siret()), or(read.name(), current.name()),
				or(read.street(), current.street()), or(read.postcode(), current.postcode()), or(read.city(), current.city()),
				or(read.country(), current.country()), read.sme(), or(read.legalForm(), current.legalForm()));
	}

	private static String or(String value, String otherwise) {
		return Values.blank(value) ? otherwise : value;
	}

	/**
	 * Only what the criterion asks, cleaned. The follow-up questions the yes/no answer calls for must
	 * all be answered ({@code FOLLOW_UP_MISSING} names the first that is not); a role in a group other
	 * than leader or member is refused ({@code BAD_ROLE}), as is a document named as evidence without a
	 * URL nor a reference ({@code BAD_EVIDENCE}); the answers to those it does not call for are dropped (business rules
	 * BR-TCR-06 and BR-TCR-07).
	 */
	static Answer kept(EspdCriterion criterion, Answer answer) {
		if (answer == null) {
			return new Answer(null, null, null);
		}
		var indicator = criterion.asksIndicator() ? answer.indicator() : null;
		var amount = criterion.asksAmount() && answer.amount() != null ? Values.amount(answer.amount().toPlainString()) : null;
		var text = criterion.asksText() && !Values.blank(answer.text()) ? Values.text(answer.text()) : null;
		var details = new java.util.LinkedHashMap<String, String>();
		answer.details().forEach((property, value) -> {
			var followUp = criterion.followUps().stream().filter(f -> f.propertyId().equals(property)).findFirst();
			if (followUp.isPresent() && followUp.get().asked() && !"EVIDENCE_IDENTIFIER".equals(followUp.get().type())
					&& !Values.blank(value) && !property.equals(criterion.amountQuestion())
					&& !property.equals(criterion.textQuestion())) {
				details.put(property, Values.followUp(followUp.get().type(), value));
			}
		});
		var evidence = new java.util.LinkedHashMap<String, EspdResponse.Evidence>();
		answer.evidence().forEach((property, document) -> {
			var asked = criterion.followUps()
				.stream()
				.anyMatch(f -> f.propertyId().equals(property) && "EVIDENCE_IDENTIFIER".equals(f.type()));
			if (asked && document != null && !(Values.blank(document.url()) && Values.blank(document.reference())
					&& Values.blank(document.issuer()) && Values.blank(document.description()))) {
				evidence.put(property, Values.evidence(document));
			}
		});
		var due = criterion.due(new Answer(indicator, amount, text, details));
		var dueIds = due.stream().map(EspdCriterion.FollowUp::propertyId).collect(java.util.stream.Collectors.toSet());
		details.keySet().retainAll(dueIds);
		evidence.keySet().retainAll(dueIds);
		if (criterion.isFollowUp(criterion.amountQuestion()) && !dueIds.contains(criterion.amountQuestion())) {
			amount = null;
		}
		if (criterion.isFollowUp(criterion.textQuestion()) && !dueIds.contains(criterion.textQuestion())) {
			text = null;
		}
		for (var followUp : due) {
			var answered = "CAPTION".equals(followUp.type()) ? true
					: followUp.propertyId().equals(criterion.amountQuestion()) ? amount != null
					: followUp.propertyId().equals(criterion.textQuestion()) ? text != null
					: "EVIDENCE_IDENTIFIER".equals(followUp.type()) ? evidence.containsKey(followUp.propertyId())
							: details.containsKey(followUp.propertyId());
			if (!answered) {
				throw new EspdRejectedException(EspdRejectedException.Reason.FOLLOW_UP_MISSING,
						criterion.code() + ": " + followUp.description());
			}
		}
		return new Answer(indicator, amount, text, details, evidence);
	}

	private static EconomicOperator checked(EconomicOperator operator) {
		if (operator == null || Values.blank(operator.name()) || Values.blank(operator.street())
				|| Values.blank(operator.postcode()) || Values.blank(operator.city()) || Values.blank(operator.country())
				|| !operator.country().strip().matches("[A-Z]{2}")) {
			throw new EspdRejectedException(EspdRejectedException.Reason.OPERATOR, null);
		}
		String siret = null;
		if (!Values.blank(operator.siret())) {
			try {
				siret = Siret.parse(operator.siret()).value();
			}
			catch (InvalidIdentifierException e) {
				throw new EspdRejectedException(EspdRejectedException.Reason.OPERATOR, "SIRET");
			}
		}
		return new EconomicOperator(siret, limit(operator.name()), limit(operator.street()), limit(operator.postcode()),
				limit(operator.city()), operator.country().strip(), operator.sme(),
				Values.blank(operator.legalForm()) ? null : limit(operator.legalForm()));
	}

	private static String limit(String value) {
		var text = Values.text(value);
		if (text.length() > 300) {
			throw new EspdRejectedException(EspdRejectedException.Reason.OPERATOR, "too long");
		}
		return text;
	}

	private void store(AccountId actor, CompanyView company, ConsultationDetails consultation, EspdRequest request,
			EconomicOperator operator, Map<String, Answer> answers) {
		var now = Timestamp.from(clock.instant());
		var id = jdbc.sql("""
				insert into dume.response (id, company_id, consultation_id, siret, name, street, postcode, city, country,
				sme, legal_form, created_at, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (company_id, consultation_id) do update set siret = excluded.siret, name = excluded.name,
				street = excluded.street, postcode = excluded.postcode, city = excluded.city, country = excluded.country,
				sme = excluded.sme, legal_form = excluded.legal_form, updated_at = excluded.updated_at,
				updated_by = excluded.updated_by
				returning id""")
			.params(UUID.randomUUID(), company.id().value(), consultation.id().value(), operator.siret(), operator.name(),
					operator.street(), operator.postcode(), operator.city(), operator.country(), operator.sme(),
					operator.legalForm(), now, now, actor.value())
			.query(UUID.class)
			.single();
		jdbc.sql("delete from dume.answer where response_id = ?").param(id).update();
		for (var entry : answers.entrySet()) {
			var criterion = catalogue.find(entry.getKey()).orElseThrow();
			var answer = entry.getValue();
			jdbc.sql("""
					insert into dume.answer (response_id, code, indicator, amount, text, requirement_digest)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, criterion.code(), answer.indicator(), answer.amount(), answer.text(),
						request.digestOf(criterion))
				.update();
			answer.details().forEach((property, value) -> jdbc
				.sql("insert into dume.answer_detail (response_id, code, property_id, value) values (?, ?, ?, ?)")
				.params(id, criterion.code(), property, value)
				.update());
			answer.evidence().forEach((property, document) -> jdbc.sql("""
					insert into dume.answer_evidence (response_id, code, property_id, url, reference, issuer, description)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, criterion.code(), property, document.url(), document.reference(), document.issuer(),
						document.description())
				.update());
		}
	}

	private EspdResponse load(CompanyView company, ConsultationDetails consultation) {
		var request = requests.requestOf(consultation.id());
		var stored = jdbc.sql("""
				select id, siret, name, street, postcode, city, country, sme, legal_form, updated_at
				from dume.response where company_id = ? and consultation_id = ?""")
			.params(company.id().value(), consultation.id().value())
			.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class),
					new EconomicOperator(rs.getString("siret"), rs.getString("name"), rs.getString("street"),
							rs.getString("postcode"), rs.getString("city"), rs.getString("country"), rs.getBoolean("sme"),
							rs.getString("legal_form")),
					rs.getTimestamp("updated_at").toInstant() })
			.optional();
		if (stored.isEmpty()) {
			return new EspdResponse(null, company.id(), consultation, request, prefill(company), Map.of(), null);
		}
		var id = (UUID) stored.get()[0];
		var answers = new LinkedHashMap<String, Answer>();
		var all = answersOf(id, new HashMap<>());
		for (var criterion : request.criteria()) {
			if (all.containsKey(criterion.code())) {
				answers.put(criterion.code(), all.get(criterion.code()));
			}
		}
		return new EspdResponse(id, company.id(), consultation, request, (EconomicOperator) stored.get()[1],
				Map.copyOf(answers), (java.time.Instant) stored.get()[2]);
	}

	private Map<String, Answer> answersOf(UUID response, Map<String, String> digests) {
		var details = new HashMap<String, Map<String, String>>();
		jdbc.sql("select code, property_id, value from dume.answer_detail where response_id = ?")
			.param(response)
			.query((rs, row) -> details.computeIfAbsent(rs.getString("code"), code -> new HashMap<>())
				.put(rs.getString("property_id"), rs.getString("value")))
			.list();
		var evidence = new HashMap<String, Map<String, EspdResponse.Evidence>>();
		jdbc.sql("select code, property_id, url, reference, issuer, description from dume.answer_evidence where response_id = ?")
			.param(response)
			.query((rs, row) -> evidence.computeIfAbsent(rs.getString("code"), code -> new HashMap<>())
				.put(rs.getString("property_id"), new EspdResponse.Evidence(rs.getString("url"), rs.getString("reference"),
						rs.getString("issuer"), rs.getString("description"))))
			.list();
		var answers = new HashMap<String, Answer>();
		jdbc.sql("select code, indicator, amount, text, requirement_digest from dume.answer where response_id = ?")
			.param(response)
			.query((rs, row) -> {
				var indicator = rs.getObject("indicator") == null ? null : rs.getBoolean("indicator");
				answers.put(rs.getString("code"), new Answer(indicator, rs.getBigDecimal("amount"), rs.getString("text"),
						details.get(rs.getString("code")), evidence.get(rs.getString("code"))));
				digests.put(rs.getString("code"), rs.getString("requirement_digest"));
				return null;
			})
			.list();
		return answers;
	}

	/** The operator as the company record describes it: head office SIRET, name, address, SME, legal form. */
	static EconomicOperator prefill(CompanyView company) {
		var establishment = company.headOffice()
			.or(() -> company.establishments().stream().findFirst());
		var address = establishment.map(CompanyView.EstablishmentView::address).orElse(company.address());
		return new EconomicOperator(establishment.map(e -> e.siret().value()).orElse(null), company.name(),
				address.street(), address.postcode(), address.city(), address.country(), company.sme(),
				company.legalForm());
	}

	private ConsultationDetails open(ConsultationId id) {
		var consultation = requests.publishedConsultation(id);
		if (consultation.state() != ConsultationState.PUBLISHED) {
			throw new EspdStateException("dume.error.state.response");
		}
		return consultation;
	}

	private CompanyView companyOf(AccountId actor) {
		if (actor == null) {
			throw new EspdNotFoundException("company");
		}
		return companies.companyOf(actor).orElseThrow(() -> new EspdNotFoundException("company"));
	}

	CompanyId companyIdOf(AccountId actor) {
		return companyOf(actor).id();
	}
}
