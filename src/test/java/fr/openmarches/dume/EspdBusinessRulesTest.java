package fr.openmarches.dume;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import fr.openmarches.dume.EspdBusinessRules.Violation;
import org.junit.jupiter.api.Test;

/**
 * The documents the platform writes against the ESPD-EDM 4.1.0 business rules (the release's
 * schematron, compiled to XSLT, run by {@link EspdBusinessRules}); a failure lists the rules broken.
 */
class EspdBusinessRulesTest {

	static byte[] request() {
		return RequestDocument.write(EspdDocumentsTest.consultation(), EspdDocumentsTest.BUYER_SIRET,
				EspdDocumentsTest.request(), EspdDocumentsTest.CATALOGUE, EspdDocumentsTest.CLOCK);
	}

	static byte[] response() {
		return ResponseDocument.write(EspdDocumentsTest.response(), EspdDocumentsTest.BUYER_SIRET,
				EspdDocumentsTest.CATALOGUE, EspdDocumentsTest.CLOCK);
	}

	@Test
	void theRequestPassesEveryBusinessRule() {
		var text = new String(request(), StandardCharsets.UTF_8);
		assertThat(EspdBusinessRules.ofRequest(request())).isEmpty();
		assertThat(text).contains(
				"<cbc:ID schemeAgencyID=\"SIRET\">" + EspdDocumentsTest.BUYER_SIRET + "</cbc:ID>",
				"listID=\"http://publications.europa.eu/resource/authority/procurement-procedure-type\"", ">open</cbc:ProcedureCode>");
	}

	@Test
	void theResponseBreaksNoRuleButTheFollowUpQuestionsOfAYesNotAskedHere() {
		// the SME's « yes » asks its number of employees, which the platform does not ask yet (docs/dume.md)
		assertThat(EspdBusinessRules.ofResponse(response())).extracting(Violation::id).containsExactly("BR-TCR-06-01");
	}

	@Test
	void aRequestWithoutItsProcedureOrBuyerIdentifierBreaksTheNamedRules() {
		var text = new String(request(), StandardCharsets.UTF_8)
			.replaceAll("<cbc:ProcedureCode[^>]*>[^<]*</cbc:ProcedureCode>", "")
			.replaceAll("(?s)<cac:PartyIdentification>\\s*<cbc:ID schemeAgencyID=\"SIRET\">" + EspdDocumentsTest.BUYER_SIRET
					+ "</cbc:ID>\\s*</cac:PartyIdentification>", "");
		assertThat(EspdXml.requestProblems(EspdXml.parse(text.getBytes(StandardCharsets.UTF_8)))).as("still XSD-valid").isEmpty();
		assertThat(EspdBusinessRules.ofRequest(text.getBytes(StandardCharsets.UTF_8))).extracting(Violation::id)
			.containsExactlyInAnyOrder("BR-SC-10", "BR-REQ-20-04");
	}

	@Test
	void aResponseWithoutTheOperatorsRoleBreaksTheNamedRule() {
		var text = new String(response(), StandardCharsets.UTF_8)
			.replaceAll("(?s)<cac:EconomicOperatorRole>.*?</cac:EconomicOperatorRole>", "");
		assertThat(EspdBusinessRules.ofResponse(text.getBytes(StandardCharsets.UTF_8))).extracting(Violation::id)
			.contains("BR-RESP-10-02");
	}
}
