package fr.openmarches.organisation;

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
 * Templates build the labels of roles, statuses and refusals from their values
 * ({@code #{${'organisation.role.' + role}}}), which the translations test cannot see: each has its
 * text in both languages.
 */
class OrganisationLabelsTest {

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void everyRoleStatusAndRefusalIsWritten(String bundle) throws IOException {
		var messages = new Properties();
		try (var in = Files.newInputStream(Path.of("src/main/resources/i18n/organisation", bundle))) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (var role : AgentRole.values()) {
			assertThat(messages.getProperty("organisation.role." + role)).as(role.name()).isNotBlank();
			assertThat(messages.getProperty("organisation.role." + role + ".hint")).as(role.name()).isNotBlank();
		}
		for (var status : AgentStatus.values()) {
			assertThat(messages.getProperty("organisation.status." + status)).as(status.name()).isNotBlank();
			assertThat(messages.getProperty("organisation.status." + status + ".explained")).as(status.name())
				.isNotBlank();
		}
		for (var reason : AgentChangeRefusedException.Reason.values()) {
			assertThat(messages.getProperty(new AgentChangeRefusedException(reason).messageKey())).as(reason.name())
				.isNotBlank();
		}
	}
}
