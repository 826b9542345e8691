package fr.openmarches.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pages and the API name what a draft lacks with keys built from {@link Requirement}, which the
 * translations test cannot see: each has its explanation in both languages.
 */
class RequirementLabelsTest {

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void everyRequirementIsExplained(String bundle) throws IOException {
		var messages = new Properties();
		try (var reader = new InputStreamReader(
				Files.newInputStream(Path.of("src/main/resources/i18n/consultation", bundle)), StandardCharsets.UTF_8)) {
			messages.load(reader);
		}
		for (var requirement : Requirement.values()) {
			assertThat(messages.getProperty("consultation.requirement." + requirement.name())).as("%s in %s",
					requirement, bundle).isNotBlank();
		}
		for (var reason : DocumentRefusedException.Reason.values()) {
			var violation = new DocumentRefusedException(reason, "x.pdf", 1).violation("file");
			assertThat(messages.getProperty(violation.messageKey())).as("%s in %s", reason, bundle).isNotBlank();
		}
	}
}
