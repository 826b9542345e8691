package fr.openmarches.company.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyRole;
import fr.openmarches.company.CompanyService;
import fr.openmarches.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sign-up form's checks, over HTTP: each mistake is explained next to its field, nothing typed is lost. */
@IntegrationTest
class SignUpFormTest {

	@Autowired
	CompanyService companies;

	@Autowired
	AccountService accounts;

	@LocalServerPort
	int port;

	@Test
	void aTakenEmailAddressAndOtherMistakesAreExplainedAndTheRestIsKept() {
		var taken = CompanyFixtures.person(accounts, "Déjà");
		var siret = Fixtures.uniqueSiret();
		var visitor = new WebVisitor(port);
		visitor.get("/inscription/entreprise?number=" + siret.value());

		var form = filled(siret.value());
		form.put("email", taken.email().toUpperCase());
		var emailTaken = visitor.post("/inscription", form);
		assertThat(emailTaken.status()).isEqualTo(200);
		assertThat(emailTaken.body()).contains("id=\"email-error\"").contains("Un compte existe déjà avec cette adresse électronique")
			.contains("value=\"Menuiserie Oceane\"")
			.doesNotContain("value=\"" + CompanyFixtures.PASSWORD + "\"");

		form = filled(siret.value());
		form.putAll(Map.of("activityCode", "62-01", "legalForm", "Forme bizarre", "postcode", "44", "sme", "",
				"confirmation", "autre chose 123"));
		var mistakes = visitor.post("/inscription", form);
		assertThat(mistakes.body()).contains("Le code APE compte 4 chiffres et une lettre")
			.contains("Indiquez le code Insee de la forme juridique")
			.contains("Le code postal compte 5 chiffres.")
			.contains("id=\"sme-error\"")
			.contains("Les deux mots de passe saisis sont différents.")
			.contains("value=\"Forme bizarre\"");
		assertThat(companies.findBySiren(siret.siren())).isEmpty();
	}

	@Test
	void aTamperedNumberSendsThePersonBackToTheFirstStep() {
		var visitor = new WebVisitor(port);
		visitor.get("/inscription");
		var form = filled("12345");

		var answer = visitor.post("/inscription", form);

		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).endsWith("/inscription");
		assertThat(visitor.get("/inscription").body()).contains("Le formulaire n’a pas pu être lu.");
	}

	@Test
	void aCompanyEstablishedAbroadSignsUpWithItsCountryAndNationalIdentifier() {
		var number = "DE" + Fixtures.uniqueSiren().value();
		var visitor = new WebVisitor(port);
		var step = visitor.get("/inscription/entreprise?country=DE&nationalId=" + number);
		assertThat(step.body()).contains("id=\"company-abroad\"").contains("Allemagne").doesNotContain("id=\"activityCode\"");

		var form = new HashMap<>(Map.of("country", "DE", "nationalId", number, "origin", "ABROAD", "name", "Optik GmbH",
				"legalForm", "GmbH", "sme", "true", "street", "Hauptstraße 1", "postcode", "10115", "city", "Berlin"));
		form.putAll(person());
		var anonymousSession = visitor.cookie("OPENMARCHES_SESSION").orElseThrow();
		var created = visitor.post("/inscription", form);

		assertThat(created.location()).endsWith("/entreprise");
		assertThat(visitor.cookie("OPENMARCHES_SESSION")).as("a new session id once signed in").isPresent()
			.hasValueSatisfying(session -> assertThat(session).isNotEqualTo(anonymousSession));
		var company = companies.findAbroad("DE", number).orElseThrow();
		assertThat(company.name()).isEqualTo("Optik GmbH");
		assertThat(company.address().country()).isEqualTo("DE");
		assertThat(company.activeAdministrators()).hasSize(1);
		assertThat(visitor.get("/entreprise").body()).contains("Optik GmbH").contains(number);

		var colleague = new WebVisitor(port);
		assertThat(colleague.get("/inscription/entreprise?country=DE&nationalId=" + number.toLowerCase()).body())
			.contains("id=\"company-registered\"");
		var joining = new HashMap<>(Map.of("country", "DE", "nationalId", number.toLowerCase(), "origin", "ABROAD"));
		joining.putAll(person());
		assertThat(colleague.post("/inscription", joining).location()).endsWith("/entreprise");
		assertThat(companies.findAbroad("DE", number).orElseThrow().members()).extracting(m -> m.role())
			.containsExactlyInAnyOrder(CompanyRole.ADMINISTRATOR, CompanyRole.MEMBER);
	}

	@Test
	void theFirstStepExplainsAWrongCountryOrIdentifier() {
		var page = new WebVisitor(port).get("/inscription/entreprise?country=FR&nationalId=");

		assertThat(page.body()).contains("id=\"country-error\"").contains("id=\"nationalId-error\"");
	}

	private static Map<String, String> filled(String number) {
		var form = new HashMap<>(Map.of("number", number, "origin", "UNAVAILABLE", "name", "Menuiserie Oceane",
				"legalForm", "5499", "activityCode", "16.23Z", "sme", "true", "street", "4 rue du Bois", "postcode",
				"44000", "city", "Nantes", "siret", number));
		form.put("headOffice", "true");
		form.putAll(person());
		return form;
	}

	private static Map<String, String> person() {
		return Map.of("familyName", "Testeur", "givenName", "Théo", "email",
				Fixtures.unique("theo").replace(" ", ".") + "@test.example", "phone", "02 00 00 00 00", "password",
				CompanyFixtures.PASSWORD, "confirmation", CompanyFixtures.PASSWORD);
	}
}
