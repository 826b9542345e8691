package fr.openmarches.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.consultation.Violation;
import fr.openmarches.consultation.web.ConsultationForm.LotRow;
import org.junit.jupiter.api.Test;

/** The consultation form: rows added and removed, what it reads and what it cannot. */
class ConsultationFormTest {

	static final String ENTITY = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

	@Test
	void rowsComeAndGoWithoutTouchingTheRest() {
		var form = form(List.of("79710000", ""), List.of(new LotRow("Nord", "", "1 000"), new LotRow("Sud", "", "")));
		var more = form.edited("addLot");
		assertThat(more.lots()).extracting(LotRow::title).containsExactly("Nord", "Sud", "");
		assertThat(more.title()).isEqualTo(form.title());
		assertThat(more.edited("removeLot:0").lots()).extracting(LotRow::title).containsExactly("Sud", "");
		assertThat(form.edited("removeLot:9").lots()).hasSize(2);
		assertThat(form.edited("removeLot:-1").lots()).hasSize(2);
		assertThat(form.edited("addCpv").additionalCpv()).containsExactly("79710000", "", "");
		assertThat(form.edited("removeCpv:0").additionalCpv()).containsExactly("");
		assertThat(form.edited("nonsense")).isEqualTo(form);
	}

	@Test
	void readsWhatCanBeReadAndSaysWhatCannot() {
		var form = new ConsultationForm(ENTITY, "REF-1", "Gardiennage", "Objet", "OPEN_TENDER", "SERVICES", "79710000",
				List.of(), List.of(new LotRow("Nord", "79711000", "12 abc")), "75", "1 380 000,50", "2026-12-01T12:00",
				"demain", true, List.of("OFFER"), "false", null, null, null);
		var conversion = form.convert();
		assertThat(conversion.violations()).containsExactly(
				Violation.of("lots[0].estimatedValue", "consultation.form.amount.invalid"),
				Violation.of("depositDeadline", "consultation.form.dateTime.invalid"));
		var details = conversion.details();
		assertThat(details.procedure()).isEqualTo(ProcedureType.OPEN_TENDER);
		assertThat(details.category()).isEqualTo(Category.SERVICES);
		assertThat(details.estimatedValue()).isEqualByComparingTo("1380000.50");
		assertThat(details.lots().getFirst().estimatedValue()).isNull();
		assertThat(details.depositDeadline()).isNull();
		assertThat(details.envelopes()).containsExactly(Envelope.OFFER);
		assertThat(details.signatureRequired()).isTrue();
		assertThat(details.defenceOrSecurity()).as("an unticked box is not sent").isFalse();
		assertThat(details.entity().toString()).isEqualTo(ENTITY);
	}

	@Test
	void blankAdditionalCodesAreLeftOutAndTheirMistakesPointAtTheRightRow() {
		var form = form(List.of("", "99999999", "", "12345678"), List.of());
		assertThat(form.convert().details().additionalCpv()).containsExactly("99999999", "12345678");
		assertThat(form.fieldOf(Violation.of("additionalCpv[1]", "cpv.unknown", "12345678")))
			.isEqualTo("additionalCpv[3]");
		assertThat(form.fieldOf(Violation.of("title", "consultation.form.required"))).isEqualTo("title");
	}

	@Test
	void anEntityThatIsNotAnIdIsNoEntity() {
		var form = new ConsultationForm("B' OR 1=1", "R", "T", "O", "MAPA", "WORKS", "45000000", null, null, null, null,
				null, null, null, null, null, null, null, null);
		assertThat(form.entityId()).isEmpty();
		assertThat(form.convert().details().procedure()).isEqualTo(ProcedureType.MAPA);
		assertThat(form.lots()).isEmpty();
	}

	private static ConsultationForm form(List<String> codes, List<LotRow> lots) {
		return new ConsultationForm(ENTITY, "REF", "Titre", "Objet", "MAPA", "SERVICES", "79710000", codes, lots, "",
				"", "", "2026-12-04T12:00", false, List.of("APPLICATION", "OFFER"), "false", false, false, false);
	}
}
