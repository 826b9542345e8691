package fr.openmarches.portal;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the portal: what the home page shows, and who runs this instance (the legal notice,
 * accessibility statement and personal data page name them; what is not configured is said to be
 * not provided, never made up).
 *
 * @param latestConsultations how many consultations the home page shows
 * @param accessibilityStatementDate when the accessibility statement was last established
 */
@ConfigurationProperties("openmarches.portal")
public record PortalProperties(@DefaultValue("6") int latestConsultations,
		@DefaultValue("2026-11-23") LocalDate accessibilityStatementDate, @DefaultValue Support support,
		@DefaultValue Operator operator) {

	/**
	 * How visitors reach the support of this instance.
	 *
	 * @param email the support's address, shown on the help and content pages
	 * @param phone the support's phone number; not shown when empty
	 */
	public record Support(@DefaultValue("support@openmarches.localhost") String email, String phone) {
	}

	/**
	 * Who runs this instance of the platform.
	 *
	 * @param name the operator (éditeur), e.g. a ministry's directorate
	 * @param address its postal address
	 * @param publicationDirector the person legally responsible for publication
	 * @param host who hosts the instance, with its address
	 * @param dataProtectionEmail the data protection officer's address; the support's when empty
	 */
	public record Operator(String name, String address, String publicationDirector, String host,
			String dataProtectionEmail) {
	}

	/** Where to write about personal data. */
	public String dataProtectionEmail() {
		var email = operator.dataProtectionEmail();
		return email == null || email.isBlank() ? support.email() : email;
	}
}
