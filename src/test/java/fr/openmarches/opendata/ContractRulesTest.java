package fr.openmarches.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.consultation.Violation;
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
import org.junit.jupiter.api.Test;

/** The rules a record meets before publication, without Spring. */
class ContractRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void aCompleteRecordHasNoProblem() {
		assertThat(problems(complete(List.of(holder())))).isEmpty();
	}

	@Test
	void eachGapIsNamedWithItsField() {
		var t = complete(List.of());
		var gaps = new ContractTerms("trop long pour un identifiant", t.nature(), " ", "12345678", Set.of(),
				Set.of(ExecutionMode.NONE, ExecutionMode.TRANCHES), false, t.ccag(), 0, true, new BigDecimal("1.5"),
				t.grouping(), false, t.procedure(), "99", PlaceType.DEPARTMENT, 0, TODAY.plusDays(1), new BigDecimal("0.99"),
				Set.of(), t.priceForm(), Set.of(Social.NONE, Social.CLAUSE), Set.of(), List.of());
		assertThat(problems(gaps)).extracting(Violation::field)
			.containsExactlyInAnyOrder("decpId", "object", "cpv", "techniques", "executionModes", "social",
					"environmental", "priceTypes", "offersReceived", "advanceRate", "durationMonths", "notifiedOn",
					"amount", "placeCode", "holders");
	}

	@Test
	void holdersNeedAValidSiretANameAndAGroupingWhenSeveral() {
		var one = holder();
		var badSiret = Holder.siret("12345678901234", "Société");
		var nameless = Holder.siret(Fixtures.uniqueSiret().value(), " ");
		assertThat(problems(complete(List.of(one, badSiret, nameless, one)))).extracting(Violation::messageKey)
			.containsExactlyInAnyOrder("opendata.error.holder.siret", "opendata.error.holder.name",
					"opendata.error.holder.twice", "opendata.error.grouping");
		var vat = new Holder(DecpCodes.HolderIdType.TVA, "DE123456789", "GmbH");
		assertThat(problems(complete(List.of(vat)))).isEmpty();
	}

	@Test
	void placeCodesFollowTheirType() {
		assertThat(place("2A", PlaceType.DEPARTMENT)).isEmpty();
		assertThat(place("971", PlaceType.DEPARTMENT)).isEmpty();
		assertThat(place("2B033", PlaceType.COMMUNE)).isEmpty();
		assertThat(place("33000", PlaceType.POSTCODE)).isEmpty();
		assertThat(place("FR", PlaceType.COUNTRY)).isEmpty();
		assertThat(place("3300", PlaceType.POSTCODE)).isNotEmpty();
		assertThat(place("France", PlaceType.COUNTRY)).isNotEmpty();
	}

	@Test
	void everyProcedureOfAConsultationMapsToTheFormatButTheConcession() {
		for (var type : fr.openmarches.consultation.ProcedureType.values()) {
			assertThat(Procedure.of(type) == null).as(type.name())
				.isEqualTo(type == fr.openmarches.consultation.ProcedureType.CONCESSION);
		}
	}

	private static List<Violation> place(String code, PlaceType type) {
		var t = complete(List.of(holder()));
		return problems(new ContractTerms(t.decpId(), t.nature(), t.object(), t.cpv(), t.techniques(), t.executionModes(),
				t.innovative(), t.ccag(), t.offersReceived(), t.advance(), t.advanceRate(), t.grouping(), t.subcontracting(),
				t.procedure(), code, type, t.durationMonths(), t.notifiedOn(), t.amount(), t.priceTypes(), t.priceForm(),
				t.social(), t.environmental(), t.holders()));
	}

	private static List<Violation> problems(ContractTerms terms) {
		return ContractRules.check(terms, TODAY, code -> !code.equals("12345678"));
	}

	private static Holder holder() {
		return Holder.siret(Fixtures.uniqueSiret().value(), "Propreté Parisienne");
	}

	private static ContractTerms complete(List<Holder> holders) {
		return new ContractTerms("202600000101", Nature.CONTRACT, "Nettoyage", "90910000", Set.of(Technique.NONE),
				Set.of(ExecutionMode.NONE), false, Ccag.SUPPLIES_AND_SERVICES, 2, false, null, Grouping.NONE, false,
				Procedure.ADAPTED, "75", PlaceType.DEPARTMENT, 12, TODAY, new BigDecimal("1000"), Set.of(PriceType.FIRM),
				PriceForm.LUMP_SUM, Set.of(Social.NONE), Set.of(Environmental.NONE), holders);
	}
}
