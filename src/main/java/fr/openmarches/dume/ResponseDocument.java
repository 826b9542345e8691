package fr.openmarches.dume;

import static fr.openmarches.dume.EspdXml.CAC;
import static fr.openmarches.dume.EspdXml.CBC;
import static fr.openmarches.dume.EspdXml.cac;
import static fr.openmarches.dume.EspdXml.cbc;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.MissingResourceException;

import fr.openmarches.dume.EspdResponse.Answer;
import fr.openmarches.dume.EspdResponse.EconomicOperator;
import org.w3c.dom.Element;

/**
 * The ESPD-EDM 4.1.0 response (UBL QualificationApplicationResponse 2.3): the request's header
 * and criteria, the economic operator, then one {@code TenderingCriterionResponse} per answered
 * question, pointing at the question's property id; and the way back, from any such XML.
 */
final class ResponseDocument {

	private static final Map<String, String> ALPHA2 = new HashMap<>();

	static {
		for (var country : Locale.getISOCountries()) {
			try {
				ALPHA2.put(Locale.of("", country).getISO3Country(), country);
			}
			catch (MissingResourceException e) {
				// a code without an alpha-3 form: never met in a DUME
			}
		}
	}

	/** What a response XML says, before the platform keeps it. */
	record Read(EconomicOperator operator, Map<String, Answer> answers) {
	}

	private ResponseDocument() {
	}

	/**
	 * The UUID of a saved response's issue, the same until it is saved again (so its XML is the same
	 * bytes each time, as a deposit's copy is checked): random-looking, version 4 in form, drawn from
	 * the response's id and saving time.
	 */
	static UUID issueUuid(EspdResponse response) {
		try {
			var hash = java.security.MessageDigest.getInstance("SHA-256")
				.digest((response.id() + "/" + response.updatedAt()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x40);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			var buffer = java.nio.ByteBuffer.wrap(hash, 0, 16);
			return new UUID(buffer.getLong(), buffer.getLong());
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** @param buyerSiret the purchasing entity's SIRET, as in the request; null if not known */
	static byte[] write(EspdResponse response, String buyerSiret, CriterionCatalogue catalogue, Clock clock) {
		var document = EspdXml.newDocument();
		var root = RequestDocument.root(document, EspdXml.RESPONSE, "QualificationApplicationResponse");
		var consultation = response.consultation();
		RequestDocument.header(root, "ESPDRESP-OPENMARCHES-" + (response.id() == null ? "draft" : response.id()),
				consultation, clock, response.saved() ? issueUuid(response) : UUID.randomUUID());
		RequestDocument.contractingParty(root, consultation, buyerSiret);
		if (response.groupName() != null) {
			// the group the company bids with (business rule BR-LEAD-10-S10 wants it of a group leader)
			var version = EspdXml.child(root, CBC, "VersionID");
			root.insertBefore(cbc(root, "EconomicOperatorGroupName", response.groupName()), version);
		}
		operator(root, response.operator(), response.groupRole());
		RequestDocument.project(root, consultation);
		RequestDocument.criteria(root, response.request(), catalogue);
		int number = 0;
		var evidence = new java.util.ArrayList<Element>();
		for (var criterion : response.request().criteria()) {
			var answer = response.answer(criterion.code());
			if (answer == null) {
				continue;
			}
			// a follow-up question is answered only when the yes/no answer calls for it (BR-TCR-06, BR-TCR-07)
			var due = criterion.due(answer).stream().map(EspdCriterion.FollowUp::propertyId).toList();
			if (answer.indicator() != null && criterion.asksIndicator()) {
				answer(root, criterion.indicatorQuestion(), ++number, "ResponseIndicator", answer.indicator().toString());
			}
			if (answer.amount() != null && criterion.asksAmount()
					&& (!criterion.isFollowUp(criterion.amountQuestion()) || due.contains(criterion.amountQuestion()))) {
				answer(root, criterion.amountQuestion(), ++number, "ResponseAmount", answer.amount().toPlainString())
					.setAttribute("currencyID", "EUR");
			}
			if (answer.text() != null && criterion.asksText()
					&& (!criterion.isFollowUp(criterion.textQuestion()) || due.contains(criterion.textQuestion()))) {
				answer(root, criterion.textQuestion(), ++number, "Description", answer.text());
			}
			for (var followUp : criterion.due(answer)) {
				if ("EVIDENCE_IDENTIFIER".equals(followUp.type())) {
					var named = answer.evidence().get(followUp.propertyId());
					if (named != null) {
						evidence.add(evidence(root, followUp.propertyId(), ++number, named));
					}
					continue;
				}
				var value = "CAPTION".equals(followUp.type()) ? followUp.description()
						: answer.details().get(followUp.propertyId());
				if (value != null) {
					followUp(root, followUp, ++number, value);
				}
			}
		}
		evidence.forEach(root::appendChild); // after every response (the XSD's order), each named by its response

		if (number == 0) {
			throw new EspdRejectedException(EspdRejectedException.Reason.UNANSWERED, null);
		}
		var problems = EspdXml.responseProblems(document);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The ESPD response written is not valid: " + problems);
		}
		return EspdXml.serialise(document);
	}

	/**
	 * The answer naming a document as evidence ({@code cac:EvidenceSupplied}, business rule
	 * BR-TCR-08-06), and the {@code cac:Evidence} it points at (BR-TCR-09), to be added after the
	 * responses: its reference (else its URL) as the document's id, the URL as its attachment's
	 * external reference, the issuer's name, the description.
	 */
	private static Element evidence(Element root, String question, int number, EspdResponse.Evidence document) {
		var id = "EVIDENCE-" + question + "/R" + number;
		var response = responseOf(root, question, number);
		cbc(cac(response, "EvidenceSupplied"), "ID", id).setAttribute("schemeAgencyID", "OPENMARCHES");
		var evidence = root.getOwnerDocument().createElementNS(CAC, "cac:Evidence");
		cbc(evidence, "ID", id).setAttribute("schemeAgencyID", "OPENMARCHES");
		if (document.description() != null) {
			cbc(evidence, "Description", document.description());
		}
		var reference = cac(evidence, "DocumentReference");
		cbc(reference, "ID", document.reference() != null ? document.reference() : document.url())
			.setAttribute("schemeAgencyID", "OPENMARCHES");
		if (document.url() != null) {
			cbc(cac(cac(reference, "Attachment"), "ExternalReference"), "URI", document.url());
		}
		if (document.issuer() != null) {
			cbc(cac(cac(reference, "IssuerParty"), "PartyName"), "Name", document.issuer());
		}
		return evidence;
	}

	/** @param groupRole the company's role in a group of operators, null when it bids alone */
	private static void operator(Element root, EconomicOperator operator, String groupRole) {
		var operatorParty = cac(root, "EconomicOperatorParty");
		// alone, or as the group's leader or member it answers eo-group with (business rule BR-RESP-10)
		var role = cbc(cac(operatorParty, "EconomicOperatorRole"), "RoleCode", groupRole == null ? "sole-tenderer" : groupRole);
		role.setAttribute("listID", "http://publications.europa.eu/resource/authority/eo-role-type");
		role.setAttribute("listAgencyID", "OP");
		role.setAttribute("listVersionID", "20211208-0");
		var party = cac(operatorParty, "Party");
		var size = cbc(party, "IndustryClassificationCode", operator.sme() ? "sme" : "large");
		size.setAttribute("listID", "http://publications.europa.eu/resource/authority/economic-operator-size");
		size.setAttribute("listAgencyID", "OP");
		if (operator.siret() != null) {
			cbc(cac(party, "PartyIdentification"), "ID", operator.siret()).setAttribute("schemeAgencyID", "SIRET");
		}
		cbc(cac(party, "PartyName"), "Name", operator.name());
		var address = cac(party, "PostalAddress");
		cbc(address, "StreetName", operator.street());
		cbc(address, "CityName", operator.city());
		cbc(address, "PostalZone", operator.postcode());
		var alpha3 = Locale.of("", operator.country()).getISO3Country();
		RequestDocument.country(address, alpha3);
		var legal = cac(party, "PartyLegalEntity");
		cbc(legal, "RegistrationName", operator.name());
		if (operator.legalForm() != null) {
			cbc(legal, "CompanyLegalForm", operator.legalForm());
		}
	}

	/** The answer to a follow-up question, in the element its type takes (business rules BR-TCR-08-*). */
	private static void followUp(Element root, EspdCriterion.FollowUp followUp, int number, String value) {
		var question = followUp.propertyId();
		switch (followUp.type()) {
			case "INDICATOR" -> answer(root, question, number, "ResponseIndicator", value);
			case "DATE" -> answer(root, question, number, "ResponseDate", value);
			case "AMOUNT" -> answer(root, question, number, "ResponseAmount", value).setAttribute("currencyID", "EUR");
			case "QUANTITY_INTEGER" -> answer(root, question, number, "ResponseQuantity", value);
			case "PERCENTAGE" -> answer(root, question, number, "ResponseNumeric", value).setAttribute("format", "PERCENTAGE");
			case "URL" -> answer(root, question, number, "ResponseURI", value);
			case "ECONOMIC_OPERATOR_IDENTIFIER" -> answer(root, question, number, "ResponseID", value)
				.setAttribute("schemeAgencyID", "OPENMARCHES");
			case "CODE" -> { // a role in a group of operators, the only question of this type
				var code = answer(root, question, number, "ResponseCode", value);
				code.setAttribute("listID", "http://publications.europa.eu/resource/authority/eo-role-type");
				code.setAttribute("listAgencyID", "OP");
				code.setAttribute("listVersionID", "20211208-0");
			}
			case "CODE_COUNTRY" -> {
				var code = answer(root, question, number, "ResponseCode", Locale.of("", value).getISO3Country());
				code.setAttribute("listID", "http://publications.europa.eu/resource/authority/country");
				code.setAttribute("listAgencyID", "OP");
				code.setAttribute("listVersionID", "20250924-0");
			}
			case "PERIOD" -> {
				var response = responseOf(root, question, number);
				var dates = value.split("/");
				var period = cac(response, "ApplicablePeriod");
				cbc(period, "StartDate", dates[0]);
				cbc(period, "EndDate", dates[1]);
			}
			default -> answer(root, question, number, "Description", value);
		}
	}

	/** A TenderingCriterionResponse without its value yet. */
	private static Element responseOf(Element root, String question, int number) {
		var response = cac(root, "TenderingCriterionResponse");
		cbc(response, "ID", question + "/R" + number).setAttribute("schemeAgencyID", "OPENMARCHES"); // BR-OTH-02
		var validated = cbc(response, "ValidatedCriterionPropertyID", question);
		validated.setAttribute("schemeID", "Criterion");
		validated.setAttribute("schemeAgencyID", "OP");
		validated.setAttribute("schemeVersionID", RequestDocument.VERSION);
		return response;
	}

	/** A TenderingCriterionResponse with one value; returns the value's element. */
	private static Element answer(Element root, String question, int number, String element, String value) {
		var response = responseOf(root, question, number);
		var holder = cac(response, "ResponseValue");
		cbc(holder, "ID", question + "/R" + number + "/RV").setAttribute("schemeAgencyID", "OPENMARCHES");
		return cbc(holder, element, value);
	}

	/** Reads a response XML: well-formed, no DOCTYPE, a QualificationApplicationResponse valid against the XSD. */
	static Read read(byte[] xml, CriterionCatalogue catalogue) {
		var document = EspdXml.parse(xml);
		var root = document.getDocumentElement();
		if (!EspdXml.RESPONSE.equals(root.getNamespaceURI())
				|| !"QualificationApplicationResponse".equals(root.getLocalName())) {
			throw new EspdRejectedException(EspdRejectedException.Reason.WRONG_DOCUMENT, root.getLocalName());
		}
		var problems = EspdXml.responseProblems(document);
		if (!problems.isEmpty()) {
			throw new EspdRejectedException(EspdRejectedException.Reason.INVALID, problems.getFirst());
		}
		var answers = new LinkedHashMap<String, Answer>();
		for (var response : EspdXml.children(root, CAC, "TenderingCriterionResponse")) {
			var question = EspdXml.text(response, CBC, "ValidatedCriterionPropertyID");
			var code = question == null ? null : catalogue.criterionOfQuestion(question).orElse(null);
			var criterion = code == null ? null : catalogue.find(code).orElse(null);
			var value = EspdXml.child(response, CAC, "ResponseValue");
			if (criterion == null || value == null && EspdXml.child(response, CAC, "ApplicablePeriod") == null
					&& EspdXml.child(response, CAC, "EvidenceSupplied") == null) {
				continue;
			}
			var current = answers.getOrDefault(code, new Answer(null, null, null));
			var followUp = criterion.followUps().stream().filter(f -> f.propertyId().equals(question)).findFirst();
			if (followUp.isPresent() && !followUp.get().asked()) {
				continue; // a caption repeated: nothing to keep
			}
			if (followUp.isPresent() && "EVIDENCE_IDENTIFIER".equals(followUp.get().type())) {
				var named = evidenceOf(root, response);
				if (named != null) {
					var evidence = new LinkedHashMap<>(current.evidence());
					evidence.put(question, named);
					current = new Answer(current.indicator(), current.amount(), current.text(), current.details(), evidence);
				}
			}
			else if (followUp.isPresent() && followUp.get().supported() && !question.equals(criterion.amountQuestion())
					&& !question.equals(criterion.textQuestion())) {
				var read = followUpValue(followUp.get().type(), response, value);
				if (read != null) {
					var details = new LinkedHashMap<>(current.details());
					details.put(question, read);
					current = new Answer(current.indicator(), current.amount(), current.text(), details, current.evidence());
				}
			}
			else if (value == null) {
				continue;
			}
			else if (question.equals(criterion.indicatorQuestion())) {
				var indicator = EspdXml.text(value, CBC, "ResponseIndicator");
				if (indicator != null) {
					current = new Answer(Boolean.parseBoolean(indicator) || "1".equals(indicator), current.amount(),
							current.text(), current.details(), current.evidence());
				}
			}
			else if (question.equals(criterion.amountQuestion())) {
				var amount = EspdXml.text(value, CBC, "ResponseAmount");
				if (amount != null) {
					current = new Answer(current.indicator(), new BigDecimal(amount), current.text(), current.details(),
							current.evidence());
				}
			}
			else if (question.equals(criterion.textQuestion())) {
				var text = EspdXml.text(value, CBC, "Description");
				if (text != null) {
					current = new Answer(current.indicator(), current.amount(), text, current.details(), current.evidence());
				}
			}
			answers.put(code, current);
		}
		return new Read(operator(root), answers);
	}

	/**
	 * The document an evidence answer points at (the {@code cac:Evidence} of the same id), as
	 * {@link #evidence} wrote it: a document id equal to its URL is no reference. Null if not found.
	 */
	private static EspdResponse.Evidence evidenceOf(Element root, Element response) {
		var supplied = EspdXml.child(response, CAC, "EvidenceSupplied");
		var id = supplied == null ? null : EspdXml.text(supplied, CBC, "ID");
		if (id == null) {
			return null;
		}
		for (var evidence : EspdXml.children(root, CAC, "Evidence")) {
			if (id.equals(EspdXml.text(evidence, CBC, "ID"))) {
				var reference = EspdXml.child(evidence, CAC, "DocumentReference");
				var attachment = reference == null ? null : EspdXml.child(reference, CAC, "Attachment");
				var external = attachment == null ? null : EspdXml.child(attachment, CAC, "ExternalReference");
				var url = external == null ? null : EspdXml.text(external, CBC, "URI");
				var documentId = reference == null ? null : EspdXml.text(reference, CBC, "ID");
				var issuer = reference == null ? null : EspdXml.child(reference, CAC, "IssuerParty");
				var issuerName = issuer == null ? null : EspdXml.child(issuer, CAC, "PartyName");
				var description = EspdXml.text(evidence, CBC, "Description");
				if (description == null && reference != null) {
					description = EspdXml.text(reference, CBC, "DocumentDescription");
				}
				return new EspdResponse.Evidence(url, documentId == null || documentId.equals(url) ? null : documentId,
						issuerName == null ? null : EspdXml.text(issuerName, CBC, "Name"), description);
			}
		}
		return null;
	}

	/** A follow-up answer as written by {@link #followUp}, in the form {@link Values#followUp} takes; null if absent. */
	private static String followUpValue(String type, Element response, Element value) {
		if ("PERIOD".equals(type)) {
			var period = EspdXml.child(response, CAC, "ApplicablePeriod");
			var start = period == null ? null : EspdXml.text(period, CBC, "StartDate");
			var end = period == null ? null : EspdXml.text(period, CBC, "EndDate");
			return start == null || end == null ? null : start + "/" + end;
		}
		if (value == null) {
			return null;
		}
		return switch (type) {
			case "INDICATOR" -> {
				var indicator = EspdXml.text(value, CBC, "ResponseIndicator");
				yield indicator == null ? null : String.valueOf(Boolean.parseBoolean(indicator) || "1".equals(indicator));
			}
			case "DATE" -> EspdXml.text(value, CBC, "ResponseDate");
			case "AMOUNT" -> EspdXml.text(value, CBC, "ResponseAmount");
			case "QUANTITY_INTEGER" -> EspdXml.text(value, CBC, "ResponseQuantity");
			case "PERCENTAGE" -> EspdXml.text(value, CBC, "ResponseNumeric");
			case "URL" -> EspdXml.text(value, CBC, "ResponseURI");
			case "ECONOMIC_OPERATOR_IDENTIFIER" -> EspdXml.text(value, CBC, "ResponseID");
			case "CODE" -> EspdXml.text(value, CBC, "ResponseCode");
			case "CODE_COUNTRY" -> {
				var code = EspdXml.text(value, CBC, "ResponseCode");
				yield code == null ? null : ALPHA2.getOrDefault(code, code);
			}
			default -> EspdXml.text(value, CBC, "Description");
		};
	}

	private static EconomicOperator operator(Element root) {
		var holder = EspdXml.child(root, CAC, "EconomicOperatorParty");
		var party = holder == null ? null : EspdXml.child(holder, CAC, "Party");
		if (party == null) {
			throw new EspdRejectedException(EspdRejectedException.Reason.OPERATOR, null);
		}
		var identification = EspdXml.child(party, CAC, "PartyIdentification");
		var name = EspdXml.child(party, CAC, "PartyName");
		var address = EspdXml.child(party, CAC, "PostalAddress");
		var country = address == null ? null : EspdXml.child(address, CAC, "Country");
		var legal = EspdXml.child(party, CAC, "PartyLegalEntity");
		var alpha3 = country == null ? null : EspdXml.text(country, CBC, "IdentificationCode");
		return new EconomicOperator(identification == null ? null : EspdXml.text(identification, CBC, "ID"),
				name == null ? null : EspdXml.text(name, CBC, "Name"),
				address == null ? null : EspdXml.text(address, CBC, "StreetName"),
				address == null ? null : EspdXml.text(address, CBC, "PostalZone"),
				address == null ? null : EspdXml.text(address, CBC, "CityName"),
				alpha3 == null ? null : ALPHA2.getOrDefault(alpha3, alpha3.length() == 2 ? alpha3 : null),
				"sme".equals(EspdXml.text(party, CBC, "IndustryClassificationCode")),
				legal == null ? null : EspdXml.text(legal, CBC, "CompanyLegalForm"));
	}
}
