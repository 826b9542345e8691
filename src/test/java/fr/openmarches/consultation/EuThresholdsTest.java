package fr.openmarches.consultation;

import static fr.openmarches.consultation.BuyerKind.CENTRAL_GOVERNMENT;
import static fr.openmarches.consultation.BuyerKind.OTHER_CONTRACTING_AUTHORITY;
import static fr.openmarches.consultation.Category.SUPPLIES;
import static fr.openmarches.consultation.Category.WORKS;
import static fr.openmarches.consultation.ProcedureType.OPEN_TENDER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Which notices go to the JOUE: the EU thresholds of 2026–2027 (works and concessions 5 404 000 €,
 * supplies and services 140 000 € for central government, 216 000 € for the other contracting
 * authorities, 432 000 € for defence or security contracts and utilities), without Spring.
 */
class EuThresholdsTest {

	static final EuThresholds THRESHOLDS = EuThresholds.IN_FORCE_2026;

	@ParameterizedTest(name = "{0} {1} by {2}, defence {3}, utility {4}: {5} € → threshold {6}, JOUE {7}")
	@CsvSource(textBlock = """
			# category, procedure,   buyer,                       defence, utility, value,      threshold, JOUE
			WORKS,      OPEN_TENDER, CENTRAL_GOVERNMENT,          false,   false,   5404000,    5404000,   true
			WORKS,      OPEN_TENDER, CENTRAL_GOVERNMENT,          false,   false,   5403999.99, 5404000,   false
			WORKS,      MAPA,        OTHER_CONTRACTING_AUTHORITY, false,   false,   3200000,    5404000,   false
			WORKS,      OPEN_TENDER, CENTRAL_GOVERNMENT,          true,    false,   5000000,    5404000,   false
			SERVICES,   CONCESSION,  OTHER_CONTRACTING_AUTHORITY, false,   false,   4500000,    5404000,   false
			SERVICES,   CONCESSION,  CENTRAL_GOVERNMENT,          false,   false,   6000000,    5404000,   true
			SUPPLIES,   OPEN_TENDER, CENTRAL_GOVERNMENT,          false,   false,   140000,     140000,    true
			SUPPLIES,   OPEN_TENDER, CENTRAL_GOVERNMENT,          false,   false,   139999.99,  140000,    false
			SERVICES,   MAPA,        CENTRAL_GOVERNMENT,          false,   false,   150000,     140000,    true
			SERVICES,   OPEN_TENDER, OTHER_CONTRACTING_AUTHORITY, false,   false,   216000,     216000,    true
			SUPPLIES,   OPEN_TENDER, OTHER_CONTRACTING_AUTHORITY, false,   false,   215999,     216000,    false
			SUPPLIES,   OPEN_TENDER, OTHER_CONTRACTING_AUTHORITY, false,   false,   150000,     216000,    false
			SUPPLIES,   OPEN_TENDER, CENTRAL_GOVERNMENT,          true,    false,   431999,     432000,    false
			SUPPLIES,   OPEN_TENDER, CENTRAL_GOVERNMENT,          true,    false,   432000,     432000,    true
			SERVICES,   OPEN_TENDER, OTHER_CONTRACTING_AUTHORITY, false,   true,    300000,     432000,    false
			SERVICES,   OPEN_TENDER, OTHER_CONTRACTING_AUTHORITY, false,   true,    500000,     432000,    true
			SERVICES,   OPEN_TENDER, CENTRAL_GOVERNMENT,          true,    true,    432000,     432000,    true
			""")
	void theThresholdDependsOnCategoryProcedureBuyerAndRegime(Category category, ProcedureType procedure,
			BuyerKind buyer, boolean defence, boolean utilities, BigDecimal value, BigDecimal threshold,
			boolean joue) {
		var contract = new EuThresholds.Contract(value, category, procedure, buyer, defence, utilities);
		assertThat(THRESHOLDS.thresholdFor(contract)).isEqualByComparingTo(threshold);
		assertThat(THRESHOLDS.requireEuPublication(contract)).isEqualTo(joue);
	}

	@Test
	void withoutAnEstimatedValueNothingGoesToTheJoue() {
		var contract = new EuThresholds.Contract(null, WORKS, OPEN_TENDER, CENTRAL_GOVERNMENT, false, false);
		assertThat(THRESHOLDS.requireEuPublication(contract)).isFalse();
		assertThat(THRESHOLDS.thresholdFor(contract)).isEqualByComparingTo("5404000");
	}

	@Test
	void aMinistryIsACentralGovernmentAuthorityAndAnAgencyIsNot() {
		assertThat(BuyerKind.of(OrganisationKind.MINISTRY)).isEqualTo(CENTRAL_GOVERNMENT);
		assertThat(BuyerKind.of(OrganisationKind.AGENCY)).isEqualTo(OTHER_CONTRACTING_AUTHORITY);
	}

	@Test
	void theValueOfAConsultationIsTheOneGivenOrElseTheSumOfItsLots() {
		var lots = ConsultationFixtures.withLots(consultation(null, SUPPLIES),
				new NewLot("Postes", null, new BigDecimal("100000")), new NewLot("Écrans", null, new BigDecimal("50000")),
				new NewLot("Câbles", null, null));
		var summed = Consultation.draft(lots, CENTRAL_GOVERNMENT, THRESHOLDS, Instant.EPOCH);
		assertThat(summed.contractValue()).isEqualByComparingTo("150000");
		assertThat(summed.euPublication()).as("150 000 € of supplies for a ministry").isTrue();

		var given = Consultation.draft(consultation(new BigDecimal("90000"), SUPPLIES), CENTRAL_GOVERNMENT, THRESHOLDS,
				Instant.EPOCH);
		assertThat(given.contractValue()).isEqualByComparingTo("90000");
		assertThat(given.euPublication()).isFalse();

		var agency = Consultation.draft(lots, OTHER_CONTRACTING_AUTHORITY, THRESHOLDS, Instant.EPOCH);
		assertThat(agency.euPublication()).as("the same for an agency").isFalse();
	}

	@Test
	void theMarkingFollowsTheThresholdsInForceWhenPublished() {
		var consultation = Consultation.draft(consultation(new BigDecimal("150000"), Category.SERVICES), CENTRAL_GOVERNMENT,
				THRESHOLDS, Instant.EPOCH);
		consultation.attach(DocumentKind.RULES, ConsultationLifecycleTest.file("RC.pdf", 'a'));
		assertThat(consultation.euPublication()).isTrue();
		var raised = new EuThresholds(new BigDecimal("5538000"), new BigDecimal("143000"), new BigDecimal("221000"),
				new BigDecimal("443000"));
		assertThat(consultation.check(Instant.EPOCH, raised, true).euPublication()).isTrue();
		var higher = new EuThresholds(new BigDecimal("6000000"), new BigDecimal("160000"), new BigDecimal("230000"),
				new BigDecimal("460000"));
		consultation.publish(Instant.EPOCH, higher, true);
		assertThat(consultation.euPublication()).as("settled at publication").isFalse();
	}

	@Test
	void theDefaultsAreThoseOf2026AndEachCanBeConfigured() {
		var defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("openmarches.consultation", ConsultationProperties.class);
		assertThat(defaults.euThresholds()).isEqualTo(THRESHOLDS);
		assertThat(defaults.maxDocumentSize().toBytes()).isEqualTo(150_000_000);

		var configured = new Binder(new MapConfigurationPropertySource(
				Map.of("openmarches.consultation.eu-thresholds.central-government-supplies-and-services", "143000")))
			.bindOrCreate("openmarches.consultation", ConsultationProperties.class);
		assertThat(configured.euThresholds().centralGovernmentSuppliesAndServices()).isEqualByComparingTo("143000");
		assertThat(configured.euThresholds().worksAndConcessions()).isEqualByComparingTo("5404000");
	}

	private static NewConsultation consultation(BigDecimal value, Category category) {
		return new NewConsultation(new PurchasingEntityId(java.util.UUID.randomUUID()), "2026-SEUIL", "Seuils",
				"Objet.", ProcedureType.MAPA, category, "30200000", List.of(), List.of(), null, value, null,
				Instant.EPOCH.plusSeconds(86_400), false, Set.of(Envelope.OFFER), false, false, false, false);
	}
}
