package fr.openmarches.dume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;

import fr.openmarches.dume.EspdBusinessRules.Violation;
import fr.openmarches.dume.EspdResponse.Answer;
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
	void theResponsePassesEveryBusinessRule() {
		var xml = response();
		assertThat(EspdBusinessRules.ofResponse(xml)).isEmpty();
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<cbc:ResponseQuantity>12</cbc:ResponseQuantity>");
	}

	/**
	 * Every criterion of the list answered yes, then no, with every follow-up question the answer
	 * calls for (and, below a follow-up yes/no question, its own follow-ups, both ways): the document
	 * breaks no rule, and reads back with every answer: none is refused, a role in a group of operators
	 * (the company then leads the group, which the document names) and documents named as evidence included.
	 */
	@Test
	void everyCriterionAnsweredEitherWayWithItsFollowUpsPassesEveryRuleAndReadsBack() {
		var catalogue = EspdDocumentsTest.CATALOGUE;
		for (var indicator : List.of(true, false)) {
			for (var nested : List.of("true", "false")) {
				var answers = new LinkedHashMap<String, Answer>();
				var refused = new java.util.TreeSet<String>();
				for (var criterion : catalogue.all()) {
					try {
						var kept = EspdResponses.kept(criterion, complete(criterion, indicator, nested));
						if (!kept.isEmpty()) {
							answers.put(criterion.code(), kept);
						}
					}
					catch (EspdRejectedException e) {
						assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.FOLLOW_UP_MISSING);
						refused.add(criterion.code());
					}
				}
				assertThat(refused).as("refused").isEmpty();
				// a request of every criterion but those: what it asks must all be answered (BR-RESP-40)
				var request = new EspdRequest(EspdDocumentsTest.request().consultation(),
						catalogue.all().stream().filter(c -> !refused.contains(c.code())).toList(), java.util.Map.of(),
						java.time.Instant.now());
				var base = EspdDocumentsTest.response();
				var response = new EspdResponse(base.id(), base.company(), base.consultation(), request, base.operator(),
						java.util.Map.copyOf(answers), base.updatedAt());
				var xml = ResponseDocument.write(response, EspdDocumentsTest.BUYER_SIRET, catalogue, EspdDocumentsTest.CLOCK);
				assertThat(EspdBusinessRules.ofResponse(xml)).as("yes/no %s, follow-up yes/no %s", indicator, nested).isEmpty();
				assertThat(ResponseDocument.read(xml, catalogue).answers()).isEqualTo(answers);
				var text = new String(xml, StandardCharsets.UTF_8);
				if (indicator) {
					assertThat(answers.get("eo-group").details()).containsEntry("C59_OT_eo-group/QG1/QSG1/Q1", "group-lead");
					assertThat(answers.get("finan-requ").evidence()).hasSize(1);
					assertThat(text).contains(">group-lead</cbc:RoleCode>", ">group-lead</cbc:ResponseCode>",
							"<cbc:EconomicOperatorGroupName>Précisions sur", "<cac:EvidenceSupplied>",
							"<cbc:URI>https://attestations.example.org/urssaf/2026-118</cbc:URI>")
						.doesNotContain("sole-tenderer");
				}
				else {
					assertThat(text).contains(">sole-tenderer</cbc:RoleCode>").doesNotContain("EconomicOperatorGroupName",
							"<cac:Evidence>");
				}
			}
		}
	}

	/** The answer {@code indicator} with an amount, a text and every follow-up it calls for filled in. */
	static Answer complete(EspdCriterion criterion, boolean indicator, String nested) {
		var details = new LinkedHashMap<String, String>();
		var evidence = new LinkedHashMap<String, EspdResponse.Evidence>();
		var grew = true;
		while (grew) {
			grew = false;
			for (var followUp : criterion.due(new Answer(indicator, null, null, details))) {
				if ("EVIDENCE_IDENTIFIER".equals(followUp.type())) {
					evidence.put(followUp.propertyId(), new EspdResponse.Evidence("https://attestations.example.org/urssaf/2026-118",
							"ATT-2026-118", "URSSAF Île-de-France", "Attestation de vigilance"));
				}
				else if (!details.containsKey(followUp.propertyId()) && followUp.supported()) {
					details.put(followUp.propertyId(), switch (followUp.type()) {
						case "INDICATOR" -> nested;
						case "DATE" -> "2025-03-14";
						case "PERIOD" -> "2025-03-14/2030-03-13";
						case "AMOUNT" -> "1200.50";
						case "QUANTITY_INTEGER" -> "12";
						case "PERCENTAGE" -> "35";
						case "CODE_COUNTRY" -> "BE";
						case "URL" -> "https://registre.example.org/certificat/42";
						case "ECONOMIC_OPERATOR_IDENTIFIER" -> "73282932000074";
						case "CODE" -> "group-lead";
						default -> "Précisions sur « " + followUp.description() + " »";
					});
					grew = true;
				}
			}
		}
		return new Answer(indicator, new BigDecimal("2500000.00"), "Réponse détaillée", details, evidence);
	}

	@Test
	void aGroupMemberOrAnEvidenceIsCheckedAndAnEvidenceWithoutReferenceComesBackWithItsUrl() {
		var catalogue = EspdDocumentsTest.CATALOGUE;
		var group = catalogue.find("eo-group").orElseThrow();
		var role = "C59_OT_eo-group/QG1/QSG1/Q1";
		var member = complete(group, true, "true");
		var details = new LinkedHashMap<>(member.details());
		details.put(role, "group-mem");
		var kept = EspdResponses.kept(group, new Answer(true, null, member.text(), details));
		assertThat(kept.details()).containsEntry(role, "group-mem");
		details.put(role, "chef");
		assertThatThrownBy(() -> EspdResponses.kept(group, new Answer(true, null, member.text(), details)))
			.isInstanceOfSatisfying(EspdRejectedException.class,
					e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.BAD_ROLE));
		details.remove(role);
		assertThatThrownBy(() -> EspdResponses.kept(group, new Answer(true, null, member.text(), details)))
			.isInstanceOfSatisfying(EspdRejectedException.class,
					e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.FOLLOW_UP_MISSING));
		assertThat(EspdResponses.kept(group, new Answer(false, null, null, member.details())).details())
			.as("a no keeps no role").isEmpty();

		var finance = catalogue.find("finan-requ").orElseThrow();
		var question = finance.followUps().stream().filter(f -> "EVIDENCE_IDENTIFIER".equals(f.type())).findFirst()
			.orElseThrow().propertyId();
		for (var bad : List.of(new EspdResponse.Evidence(null, null, "URSSAF", "Attestation"),
				new EspdResponse.Evidence("javascript:alert(1)", null, null, null))) {
			assertThatThrownBy(() -> EspdResponses.kept(finance, new Answer(true, null, null, null, java.util.Map.of(question, bad))))
				.isInstanceOfSatisfying(EspdRejectedException.class,
						e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.BAD_EVIDENCE));
		}
		assertThatThrownBy(() -> EspdResponses.kept(finance, new Answer(true, null, null)))
			.isInstanceOfSatisfying(EspdRejectedException.class,
					e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.FOLLOW_UP_MISSING));
		var urlOnly = EspdResponses.kept(finance, new Answer(true, null, null, null,
				java.util.Map.of(question, new EspdResponse.Evidence(" https://example.org/bilan-2025.pdf ", " ", null, null))));
		assertThat(urlOnly.evidence()).containsEntry(question,
				new EspdResponse.Evidence("https://example.org/bilan-2025.pdf", null, null, null));

		var base = EspdDocumentsTest.response();
		var request = new EspdRequest(base.request().consultation(), List.of(group, finance), java.util.Map.of(),
				java.time.Instant.now());
		var answers = java.util.Map.of("eo-group", kept, "finan-requ", urlOnly);
		var response = new EspdResponse(base.id(), base.company(), base.consultation(), request, base.operator(), answers,
				base.updatedAt());
		var xml = ResponseDocument.write(response, EspdDocumentsTest.BUYER_SIRET, catalogue, EspdDocumentsTest.CLOCK);
		assertThat(EspdBusinessRules.ofResponse(xml)).isEmpty();
		assertThat(new String(xml, StandardCharsets.UTF_8)).contains(">group-mem</cbc:RoleCode>");
		assertThat(ResponseDocument.read(xml, catalogue).answers()).isEqualTo(answers);
	}

	@Test
	void aYesWithoutTheAnswersItCallsForIsRefusedAndANoDropsThem() {
		var crime = EspdDocumentsTest.CATALOGUE.find("crime-org").orElseThrow();
		assertThatThrownBy(() -> EspdResponses.kept(crime, new Answer(true, null, "Condamnation de 2019")))
			.isInstanceOfSatisfying(EspdRejectedException.class,
					e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.FOLLOW_UP_MISSING));
		var no = EspdResponses.kept(crime, complete(crime, false, "true"));
		assertThat(no.text()).isNull();
		assertThat(no.details()).isEmpty();
		var yes = EspdResponses.kept(crime, complete(crime, true, "true"));
		assertThat(yes.details()).containsEntry("C1_EG_crime-org/QG1/QSG1/Q1", "2025-03-14")
			.containsEntry("C1_EG_crime-org/QG1/QSG1/Q4", "2025-03-14/2030-03-13");
		assertThatThrownBy(() -> EspdResponses.kept(crime, new Answer(true, null, "x",
				java.util.Map.of("C1_EG_crime-org/QG1/QSG1/Q1", "14/03/2025"))))
			.isInstanceOfSatisfying(EspdRejectedException.class,
					e -> assertThat(e.reason()).isEqualTo(EspdRejectedException.Reason.BAD_VALUE));
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
