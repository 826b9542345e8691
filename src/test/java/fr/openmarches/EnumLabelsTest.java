package fr.openmarches;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import fr.openmarches.consultation.Category;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.organisation.OrganisationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Templates build some keys from values ({@code #{${'consultation.state.' + state}}}), which the
 * {@link TranslationsTest} cannot see: every value of those enums has its label in both languages.
 */
class EnumLabelsTest {

	static Stream<Arguments> labelledEnums() {
		return Stream.of(Arguments.of("consultation", "consultation.state.", ConsultationState.class),
				Arguments.of("consultation", "consultation.procedure.", ProcedureType.class),
				Arguments.of("consultation", "consultation.category.", Category.class),
				Arguments.of("consultation", "consultation.envelope.", Envelope.class),
				Arguments.of("consultation", "consultation.document.", DocumentKind.class),
				Arguments.of("consultation", "consultation.sort.", FinderQuery.Order.class),
				Arguments.of("organisation", "organisation.kind.", OrganisationKind.class),
				Arguments.of("vault", "vault.type.", fr.openmarches.vault.DocumentType.class),
				Arguments.of("vault", "vault.validity.", fr.openmarches.vault.VaultDocument.Validity.class),
				Arguments.of("dume", "dume.kind.", fr.openmarches.dume.EspdCriterion.Kind.class),
				Arguments.of("dume", "dume.valueKind.", fr.openmarches.dume.EspdCriterion.ValueKind.class),
				Arguments.of("dume", "dume.error.", fr.openmarches.dume.EspdRejectedException.Reason.class),
				Arguments.of("award", "award.criterion.kind.", fr.openmarches.award.CriterionKind.class),
				Arguments.of("award", "award.message.kind.", fr.openmarches.award.MessageKind.class),
				Arguments.of("award", "award.outcome.", fr.openmarches.award.Decision.Outcome.class),
				Arguments.of("award", "award.refused.", fr.openmarches.award.AnalysisRefusedException.Reason.class),
				Arguments.of("award", "award.analysis.state.", ConsultationState.class),
				Arguments.of("opening", "opening.signature.status.", fr.openmarches.opening.SignatureStatus.class),
				Arguments.of("opendata", "opendata.state.", fr.openmarches.opendata.ContractState.class),
				Arguments.of("opendata", "opendata.nature.", fr.openmarches.opendata.DecpCodes.Nature.class),
				Arguments.of("opendata", "opendata.technique.", fr.openmarches.opendata.DecpCodes.Technique.class),
				Arguments.of("opendata", "opendata.executionMode.", fr.openmarches.opendata.DecpCodes.ExecutionMode.class),
				Arguments.of("opendata", "opendata.ccag.", fr.openmarches.opendata.DecpCodes.Ccag.class),
				Arguments.of("opendata", "opendata.grouping.", fr.openmarches.opendata.DecpCodes.Grouping.class),
				Arguments.of("opendata", "opendata.procedure.", fr.openmarches.opendata.DecpCodes.Procedure.class),
				Arguments.of("opendata", "opendata.placeType.", fr.openmarches.opendata.DecpCodes.PlaceType.class),
				Arguments.of("opendata", "opendata.priceType.", fr.openmarches.opendata.DecpCodes.PriceType.class),
				Arguments.of("opendata", "opendata.priceForm.", fr.openmarches.opendata.DecpCodes.PriceForm.class),
				Arguments.of("opendata", "opendata.social.", fr.openmarches.opendata.DecpCodes.Social.class),
				Arguments.of("opendata", "opendata.environmental.", fr.openmarches.opendata.DecpCodes.Environmental.class),
				Arguments.of("opendata", "opendata.holderIdType.", fr.openmarches.opendata.DecpCodes.HolderIdType.class));
	}

	@ParameterizedTest(name = "{1}*")
	@MethodSource("labelledEnums")
	void everyValueHasALabelInFrenchAndEnglish(String module, String prefix, Class<? extends Enum<?>> type)
			throws IOException {
		for (var bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			var messages = load(Path.of("src/main/resources/i18n", module, bundle));
			for (var value : type.getEnumConstants()) {
				assertThat(messages.getProperty(prefix + value.name())).as("%s%s in %s/%s", prefix, value, module, bundle)
					.isNotBlank();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("personalDataRows")
	void everyRowOfThePersonalDataTableIsWritten(String row) throws IOException {
		for (var bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			var messages = load(Path.of("src/main/resources/i18n/portal", bundle));
			for (var column : new String[] { "", ".why", ".basis", ".retention" }) {
				assertThat(messages.getProperty("portal.privacy.data." + row + column)).as("%s%s in %s", row, column, bundle)
					.isNotBlank();
			}
		}
	}

	/** The rows of the table in {@code templates/portal/personal-data.html}. */
	static Stream<String> personalDataRows() {
		return Stream.of("accounts", "registers", "logs");
	}

	private static Properties load(Path file) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
