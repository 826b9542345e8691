package fr.openmarches.company.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import fr.openmarches.company.CollaboratorStatus;
import fr.openmarches.company.CompanyRole;
import fr.openmarches.company.ImageRejectedException;
import fr.openmarches.company.LegalForm;
import fr.openmarches.company.MembershipChangeRefusedException;
import fr.openmarches.company.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys the company's templates and code build from values ({@code #{${'company.role.' + role}}}),
 * which the translations test cannot see: each exists in French and in English.
 */
class CompanyLabelsTest {

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_en.properties" })
	void everyBuiltKeyHasItsText(String bundle) throws IOException {
		var messages = new Properties();
		try (var in = Files.newInputStream(Path.of("src/main/resources/i18n/company", bundle))) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		var keys = new ArrayList<String>();
		for (var region : Region.values()) {
			keys.add(region.labelKey());
		}
		for (var role : CompanyRole.values()) {
			keys.add("company.role." + role);
		}
		for (var status : CollaboratorStatus.values()) {
			keys.add("company.collaborators.status." + status);
		}
		for (var reason : MembershipChangeRefusedException.Reason.values()) {
			keys.add(new MembershipChangeRefusedException(reason, "").messageKey());
		}
		for (var reason : ImageRejectedException.Reason.values()) {
			keys.add(new ImageRejectedException(reason, 1024).messageKey());
		}
		LegalForm.COMMON.forEach(code -> keys.add(LegalForm.labelKey(code)));
		for (var journey : List.of(Journey.SIGN_UP, Journey.JOIN, Journey.MOVE)) {
			keys.addAll(List.of(journey.titleKey(), journey.leadKey(), journey.submitKey()));
		}
		assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key + " in " + bundle).isNotBlank());
	}
}
