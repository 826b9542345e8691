package fr.openmarches.dume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import fr.openmarches.company.CompanyId;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.dume.EspdResponse.Answer;
import fr.openmarches.dume.EspdResponse.EconomicOperator;
import fr.openmarches.organisation.EntitySummary;
import fr.openmarches.organisation.PurchasingEntityId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The ESPD documents without Spring: the catalogue, the XSD, the round trip, the refusals, the PDF. */
class EspdDocumentsTest {

	static final CriterionCatalogue CATALOGUE = new CriterionCatalogue();

	/** The purchasing entity's SIRET (a valid one: the Luhn sum of its digits is a multiple of 10). */
	static final String BUYER_SIRET = "21750001600019";

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:05:00Z"), ZoneOffset.UTC);

	@Test
	void theCatalogueHoldsTheOfficialCriteriaWithTheirFrenchNamesAndWhatTheyAsk() {
		assertThat(CATALOGUE.all()).hasSize(62);
		assertThat(CATALOGUE.exclusionGrounds()).hasSize(24);
		assertThat(CATALOGUE.mandatoryCodes()).containsExactlyInAnyOrder("crime-org", "corruption", "fraud",
				"terr-offence", "finan-laund", "human-traffic", "tax-pay", "socsec-pay");
		var turnover = CATALOGUE.find("gen-year-to").orElseThrow();
		assertThat(turnover.kind()).isEqualTo(EspdCriterion.Kind.SELECTION);
		assertThat(turnover.name(Locale.FRENCH)).isEqualTo("Chiffre d’affaires annuel général");
		assertThat(turnover.name(Locale.ENGLISH)).isEqualTo("General yearly turnover");
		assertThat(turnover.requirements()).extracting(EspdCriterion.Requirement::kind)
			.containsExactly(EspdCriterion.ValueKind.NUMBER, EspdCriterion.ValueKind.AMOUNT);
		assertThat(turnover.asksIndicator()).isTrue();
		var sme = CATALOGUE.find("sme").orElseThrow();
		assertThat(sme.kind()).isEqualTo(EspdCriterion.Kind.OTHER);
		assertThat(sme.asksAmount()).isTrue();
		assertThat(CATALOGUE.find("crime-org").orElseThrow().asksText()).isTrue();
	}

	@Test
	void aRequestWithSeveralCriteriaAndValuesValidatesAgainstTheXsd() {
		var request = request();
		var xml = RequestDocument.write(consultation(), BUYER_SIRET, request, CATALOGUE, CLOCK);
		var document = EspdXml.parse(xml);
		assertThat(EspdXml.requestProblems(document)).isEmpty();
		var text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).contains("<cbc:CriterionTypeCode", ">gen-year-to<", ">indem-insu<", ">crime-org<",
				"<cbc:MinimumAmount currencyID=\"EUR\">150000.00</cbc:MinimumAmount>",
				"<cbc:ExpectedDescription>Responsabilité civile professionnelle</cbc:ExpectedDescription>",
				"<cbc:ContractFolderID schemeAgencyID=\"OPENMARCHES\">DUME-2026-01</cbc:ContractFolderID>",
				"<cbc:IssueDate>2026-11-23</cbc:IssueDate>", "Direction des achats")
			.doesNotContain("<!--", "[Register Name]", ">100000<");
		assertThat(document.getDocumentElement().getElementsByTagNameNS(EspdXml.CAC, "TenderingCriterion").getLength())
			.isEqualTo(26);

		// the same document, broken, is refused by the same check
		var broken = EspdXml.parse(text.replace("<cbc:CopyIndicator>false</cbc:CopyIndicator>",
				"<cbc:CopyIndicator>peut-être</cbc:CopyIndicator>").getBytes(StandardCharsets.UTF_8));
		assertThat(EspdXml.requestProblems(broken)).isNotEmpty();
	}

	@Test
	void aResponseValidatesAndComesBackWithEveryAnswer() {
		var response = response();
		var xml = ResponseDocument.write(response, BUYER_SIRET, CATALOGUE, CLOCK);
		assertThat(EspdXml.responseProblems(EspdXml.parse(xml))).isEmpty();
		var text = new String(xml, StandardCharsets.UTF_8);
		assertThat(text).contains("<cbc:ResponseIndicator>false</cbc:ResponseIndicator>",
				"<cbc:ResponseAmount currencyID=\"EUR\">2500000.00</cbc:ResponseAmount>",
				"<cbc:IndustryClassificationCode", ">sme<", "<cbc:ID schemeAgencyID=\"SIRET\">73282932000074</cbc:ID>",
				"<cbc:IdentificationCode listAgencyID=\"OP\"", ">FRA<", "<cbc:CompanyLegalForm>5710</cbc:CompanyLegalForm>");

		var read = ResponseDocument.read(xml, CATALOGUE);
		assertThat(read.operator()).isEqualTo(response.operator());
		assertThat(read.answers()).isEqualTo(response.answers());
	}

	@Test
	void malformedXmlDoctypesAndExternalEntitiesAreRefusedBeforeAnythingIsRead() {
		assertThatThrownBy(() -> ResponseDocument.read("<QualificationApplicationResponse".getBytes(StandardCharsets.UTF_8), CATALOGUE))
			.isInstanceOfSatisfying(EspdRejectedException.class, e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.MALFORMED));
		var xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE r [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<QualificationApplicationResponse xmlns="urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2">&secret;</QualificationApplicationResponse>""";
		assertThatThrownBy(() -> ResponseDocument.read(xxe.getBytes(StandardCharsets.UTF_8), CATALOGUE))
			.isInstanceOfSatisfying(EspdRejectedException.class, e -> {
				assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.DOCTYPE);
				assertThat(e.getMessage()).doesNotContain("root:");
			});
		var request = RequestDocument.write(consultation(), BUYER_SIRET, request(), CATALOGUE, CLOCK);
		assertThatThrownBy(() -> ResponseDocument.read(request, CATALOGUE))
			.isInstanceOfSatisfying(EspdRejectedException.class, e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.WRONG_DOCUMENT));
		var invalid = new String(ResponseDocument.write(response(), BUYER_SIRET, CATALOGUE, CLOCK), StandardCharsets.UTF_8)
			.replace("<cbc:ResponseIndicator>false</cbc:ResponseIndicator>", "<cbc:ResponseIndicator>non</cbc:ResponseIndicator>");
		assertThatThrownBy(() -> ResponseDocument.read(invalid.getBytes(StandardCharsets.UTF_8), CATALOGUE))
			.isInstanceOfSatisfying(EspdRejectedException.class, e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.INVALID));
	}

	@Test
	void thePdfReadsTheOperatorAndEachAnswer() throws Exception {
		var pdf = ResponsePdf.render(response(), Locale.FRENCH, CLOCK);
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("DUME — Document unique de marché européen", "Ateliers de l’Essai", "73282932000074",
					"Participation à une organisation criminelle", "Réponse : Non", "Chiffre d’affaires annuel général",
					"Réponse : Oui", "Sans réponse", "Micro, petite ou moyenne entreprise : oui");
		}
		try (var document = Loader.loadPDF(ResponsePdf.render(response(), Locale.ENGLISH, CLOCK))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Answer: No", "General yearly turnover");
		}
	}

	static EspdRequest request() {
		var codes = new java.util.HashSet<>(List.of("gen-year-to", "indem-insu"));
		var criteria = new java.util.ArrayList<>(CATALOGUE.exclusionGrounds());
		CATALOGUE.all().stream().filter(c -> codes.contains(c.code())).forEach(criteria::add);
		var turnover = CATALOGUE.find("gen-year-to").orElseThrow().requirements();
		var insurance = CATALOGUE.find("indem-insu").orElseThrow().requirements();
		var values = new LinkedHashMap<String, String>();
		values.put(turnover.get(0).propertyId(), "3");
		values.put(turnover.get(1).propertyId(), "150000.00");
		values.put(insurance.get(0).propertyId(), "Responsabilité civile professionnelle");
		return new EspdRequest(new ConsultationId(UUID.randomUUID()), List.copyOf(criteria), values, Instant.now());
	}

	static EspdResponse response() {
		var answers = new LinkedHashMap<String, Answer>();
		answers.put("crime-org", new Answer(false, null, null));
		answers.put("tax-pay", new Answer(false, null, null));
		answers.put("prof-misconduct", new Answer(true, null, "Faute réparée en 2024 ; mesures d’auto-apurement"));
		answers.put("gen-year-to", new Answer(true, null, null));
		answers.put("indem-insu", new Answer(false, null, "Assureur mutuel", Map.of("C35_SC_indem-insu/RG1/RSG1/QSG1/QSG1/Q1",
				"true", "C35_SC_indem-insu/RG1/RSG1/QSG1/QSG1/QSG1/Q2", "77567227200035")));
		var sme = new LinkedHashMap<String, Answer>();
		var request = request();
		var withSme = new java.util.ArrayList<>(request.criteria());
		withSme.add(CATALOGUE.find("sme").orElseThrow());
		answers.put("sme", new Answer(true, new BigDecimal("2500000.00"), null, Map.of("C65_OT_sme/QG1/QSG1/Q1", "12")));
		sme.putAll(answers);
		return new EspdResponse(UUID.randomUUID(), new CompanyId(UUID.randomUUID()), consultation(),
				new EspdRequest(request.consultation(), List.copyOf(withSme), request.requirements(), Instant.now()),
				new EconomicOperator("73282932000074", "Ateliers de l’Essai", "1 rue de l’Essai", "75001", "Paris", "FR",
						true, "5710"),
				Map.copyOf(sme), Instant.now());
	}

	static ConsultationDetails consultation() {
		var entity = new EntitySummary(new PurchasingEntityId(UUID.randomUUID()), "Direction des achats", null, null,
				null, "Paris");
		return new ConsultationDetails(new ConsultationId(UUID.randomUUID()), "DUME-2026-01", "Entretien des espaces verts",
				"Entretien des espaces verts du site", entity, ProcedureType.OPEN_TENDER, null, null, List.of(), null, null, null, null, false,
				List.of(), false, false, false, false, false, ConsultationState.PUBLISHED, null, null, null, null, null,
				null, List.of(), List.of(), List.of());
	}
}
