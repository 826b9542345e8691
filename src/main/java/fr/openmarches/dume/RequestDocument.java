package fr.openmarches.dume;

import static fr.openmarches.dume.EspdXml.CBC;
import static fr.openmarches.dume.EspdXml.cac;
import static fr.openmarches.dume.EspdXml.cbc;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.platform.LegalTime;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes ESPD-EDM 4.1.0 documents: the header both kinds share, and each criterion copied from
 * the official structure with the buyer's requirement values (a requirement the buyer left empty
 * loses the official example value, rather than asking what the buyer never asked).
 */
final class RequestDocument {

	static final String VERSION = "4.1.0";

	private RequestDocument() {
	}

	/**
	 * @param buyerSiret the purchasing entity's SIRET, written as the contracting party's identifier
	 *        (business rule BR-REQ-20-04); null if not known
	 */
	static byte[] write(ConsultationDetails consultation, String buyerSiret, EspdRequest request,
			CriterionCatalogue catalogue, Clock clock) {
		var document = EspdXml.newDocument();
		var root = root(document, EspdXml.REQUEST, "QualificationApplicationRequest");
		header(root, "ESPDREQ-OPENMARCHES-" + consultation.id().value(), consultation, clock);
		contractingParty(root, consultation, buyerSiret);
		project(root, consultation);
		criteria(root, request, catalogue);
		var problems = EspdXml.requestProblems(document);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The ESPD request written is not valid: " + problems);
		}
		return EspdXml.serialise(document);
	}

	static Element root(Document document, String namespace, String name) {
		var root = document.createElementNS(namespace, name);
		root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:cac", EspdXml.CAC);
		root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:cbc", EspdXml.CBC);
		document.appendChild(root);
		return root;
	}

	static void header(Element root, String id, ConsultationDetails consultation, Clock clock) {
		header(root, id, consultation, clock, UUID.randomUUID());
	}

	/** The header, {@code uuid} naming this issue of the document. */
	static void header(Element root, String id, ConsultationDetails consultation, Clock clock, UUID uuid) {
		cbc(root, "UBLVersionID", "2.3").setAttribute("schemeAgencyID", "OASIS-UBL-TC");
		var profile = cbc(root, "ProfileExecutionID", "ESPD-EDMv" + VERSION);
		profile.setAttribute("schemeAgencyID", "OP");
		profile.setAttribute("schemeVersionID", VERSION);
		cbc(root, "ID", id).setAttribute("schemeAgencyID", "OPENMARCHES");
		cbc(root, "CopyIndicator", "false");
		var issue = cbc(root, "UUID", uuid.toString());
		issue.setAttribute("schemeID", "ISO/IEC 9834-8:2008 - 4UUID");
		issue.setAttribute("schemeAgencyID", "OPENMARCHES");
		issue.setAttribute("schemeVersionID", VERSION);
		cbc(root, "ContractFolderID", consultation.reference()).setAttribute("schemeAgencyID", "OPENMARCHES");
		var now = ZonedDateTime.now(clock).withZoneSameInstant(LegalTime.ZONE).withNano(0);
		cbc(root, "IssueDate", now.toLocalDate().toString());
		cbc(root, "IssueTime", now.format(DateTimeFormatter.ofPattern("HH:mm:ssxxx")));
		version(root);
		var procedure = procedureCode(consultation.procedure());
		if (procedure != null) { // business rule BR-SC-10; a draft may not have its procedure yet
			var code = cbc(root, "ProcedureCode", procedure);
			code.setAttribute("listID", "http://publications.europa.eu/resource/authority/procurement-procedure-type");
			code.setAttribute("listAgencyID", "OP");
			code.setAttribute("listVersionID", "20250924-0");
		}
	}

	/**
	 * The consultation's procedure in the EU « procurement-procedure-type » authority table (the
	 * eForms list the ESPD-EDM takes {@code cbc:ProcedureCode} from). A MAPA, whose rules the buyer
	 * sets, and a concession, freely organised (directive 2014/23/EU), are « other » procedures:
	 * a MAPA in one stage, a concession in two (candidatures, then offers and negotiation).
	 */
	static String procedureCode(ProcedureType procedure) {
		if (procedure == null) {
			return null;
		}
		return switch (procedure) {
			case OPEN_TENDER -> "open";
			case RESTRICTED_TENDER -> "restricted";
			case NEGOTIATED -> "neg-w-call";
			case COMPETITIVE_DIALOGUE -> "comp-dial";
			case MAPA -> "oth-single";
			case CONCESSION -> "oth-mult";
		};
	}

	static void version(Element root) {
		var version = cbc(root, "VersionID", VERSION);
		version.setAttribute("schemeAgencyID", "OP");
		version.setAttribute("schemeVersionID", VERSION);
	}

	static void contractingParty(Element root, ConsultationDetails consultation, String buyerSiret) {
		var party = cac(cac(root, "ContractingParty"), "Party");
		if (buyerSiret != null) {
			cbc(cac(party, "PartyIdentification"), "ID", buyerSiret).setAttribute("schemeAgencyID", "SIRET");
		}
		cbc(cac(party, "PartyName"), "Name", consultation.entity().displayName());
		var address = cac(party, "PostalAddress");
		if (consultation.entity().city() != null) {
			cbc(address, "CityName", consultation.entity().city());
		}
		country(address, "FRA");
	}

	static void country(Element address, String alpha3) {
		var code = cbc(cac(address, "Country"), "IdentificationCode", alpha3);
		code.setAttribute("listID", "http://publications.europa.eu/resource/authority/country");
		code.setAttribute("listAgencyID", "OP");
		code.setAttribute("listVersionID", "20250924-0");
	}

	static void project(Element root, ConsultationDetails consultation) {
		var project = cac(root, "ProcurementProject");
		cbc(project, "Name", consultation.title());
		if (consultation.object() != null) {
			cbc(project, "Description", consultation.object());
		}
		var lot = cbc(cac(root, "ProcurementProjectLot"), "ID", "LOT-0000");
		lot.setAttribute("schemeID", "Criterion");
		lot.setAttribute("schemeAgencyID", "OP");
		lot.setAttribute("schemeVersionID", VERSION);
	}

	/** Each criterion of the request, copied from the official structure with the buyer's values. */
	static void criteria(Element root, EspdRequest request, CriterionCatalogue catalogue) {
		var document = root.getOwnerDocument();
		for (var criterion : request.criteria()) {
			Element copy;
			synchronized (catalogue) { // the templates' DOM is not safe to read from two threads at once
				copy = (Element) document.importNode(catalogue.template(criterion.code()), true);
			}
			var properties = copy.getElementsByTagNameNS(EspdXml.CAC, "TenderingCriterionProperty");
			for (int i = 0; i < properties.getLength(); i++) {
				var property = (Element) properties.item(i);
				if (!"REQUIREMENT".equals(EspdXml.text(property, CBC, "TypeCode"))) {
					continue;
				}
				var value = CriterionCatalogue.valueElement(property);
				if (!CriterionCatalogue.isEditable(value)) {
					continue;
				}
				var given = request.requirement(EspdXml.text(property, CBC, "ID"));
				if (given == null) {
					property.removeChild(value);
				}
				else {
					value.setTextContent(given);
				}
			}
			root.appendChild(copy);
		}
	}
}
