package fr.openmarches.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.FinderQuery;
import fr.openmarches.consultation.NewConsultation;
import fr.openmarches.identity.AccountId;
import fr.openmarches.notification.DevelopmentMailbox.ReceivedMail;
import fr.openmarches.Fixtures;
import fr.openmarches.organisation.EntityDirectory;
import fr.openmarches.organisation.NewOrganisation;
import fr.openmarches.organisation.NewPortal;
import fr.openmarches.organisation.OrganisationKind;
import fr.openmarches.organisation.PortalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An alert keeps the whole search of the consultation list: keyword mode, CPV code, organisation, portal. */
class AlertSearchTest extends SignedInWatcher {

	@Autowired
	EntityDirectory directory;

	@Autowired
	PortalService portals;

	@Test
	void anAlertCreatedFromTheListLinkKeepsTheModeTheCpvCodeAndTheOrganisation() {
		var organisation = directory.find(entity).orElseThrow().organisation();
		var list = person.get("/consultations?q=" + keyword + "&mode=EXACT&cpv=45000000&organisation="
				+ organisation.id() + "&entity=" + entity + "&deadlineFrom=2026-01-01&state=ALL&sort=PUBLICATION&page=2");
		var link = Pattern.compile("id=\"alert-link\">\\s*<a[^>]*href=\"([^\"]+)\"").matcher(list.body());
		assertThat(link.find()).isTrue();

		var form = person.get(link.group(1).replace("&amp;", "&")).body();
		assertThat(form).contains("value=\"" + keyword + "\"", "value=\"45000000 — Travaux de construction\"",
				"name=\"organisation\" value=\"" + organisation.id() + "\"", "Organisme : " + organisation.name(),
				"Les dates limites et l’état ne s’appliquent pas à une alerte");
		assertThat(input(form, "mode-EXACT")).contains("checked");
		assertThat(input(form, "mode-APPROACHING")).doesNotContain("checked");

		var saved = person.post("/mon-espace/alertes",
				Map.of("name", "Travaux exacts", "q", keyword, "mode", "EXACT", "cpv",
						"45000000 — Travaux de construction", "organisation", organisation.id().toString(), "entity",
						entity.toString(), "frequency", "DAILY"));
		assertThat(saved.location()).endsWith("/mon-espace/alertes");
		assertThat(alerts.of(accountId())).singleElement()
			.satisfies(alert -> assertThat(alert.criteria()).isEqualTo(new AlertCriteria(keyword,
					FinderQuery.Mode.EXACT, organisation.id(), entity, null, null, "45000000", null, null)));
		assertThat(person.get("/mon-espace/alertes").body()).contains("Mots-clés, recherche exacte : " + keyword,
				"CPV 45000000 — Travaux de construction, et les codes plus précis", "Organisme : " + organisation.name(),
				"Entité d’achat : " + directory.find(entity).orElseThrow().displayName());
	}

	@Test
	void anImmediateAlertOnACpvCodeMailsTheConsultationsBelowItOnly() {
		alerts.save(accountId(), email, Locale.FRENCH, "Travaux",
				new AlertCriteria(keyword, null, null, null, null, null, "45000000", null, null), Frequency.IMMEDIATE);
		publish("Réfection de la chaussée " + keyword, "45233140");
		publish("Gardiennage des locaux " + keyword, "79710000");

		clock.advance(Duration.ofMinutes(2));
		run.runDue();

		var mail = mailTo("Travaux");
		assertThat(mail.text()).contains("Réfection de la chaussée").doesNotContain("Gardiennage");
	}

	@Test
	void anExactAlertDoesNotFindThePluralThatAnApproachingOneFinds() {
		alerts.save(accountId(), email, Locale.FRENCH, "Exacte",
				new AlertCriteria("véhicule " + keyword, FinderQuery.Mode.EXACT, null, null, null, null, null, null, null),
				Frequency.IMMEDIATE);
		alerts.save(accountId(), email, Locale.FRENCH, "Approchante",
				new AlertCriteria("véhicule " + keyword, FinderQuery.Mode.APPROACHING, null, null, null, null, null,
						null, null),
				Frequency.IMMEDIATE);
		publish("Entretien des véhicules " + keyword, "50110000");
		publish("Contrôle du véhicule " + keyword, "50110000");

		clock.advance(Duration.ofMinutes(2));
		run.runDue();

		assertThat(mailTo("Exacte").text()).contains("Contrôle du véhicule").doesNotContain("Entretien des véhicules");
		assertThat(mailTo("Approchante").text()).contains("Contrôle du véhicule", "Entretien des véhicules");
	}

	@Test
	void anAlertMadeOnAPortalAnnouncesTheConsultationsOfItsOrganisationsOnly() {
		var organisation = directory.find(entity).orElseThrow().organisation();
		var other = organisations.create(new NewOrganisation(Fixtures.unique("Agence d’ailleurs"), null,
				OrganisationKind.AGENCY));
		var ours = portals.save(new NewPortal(Fixtures.uniqueWord("ici-"), Fixtures.unique("Portail d’ici"), null,
				Set.of(organisation.id())));
		var theirs = portals.save(new NewPortal(Fixtures.uniqueWord("ailleurs-"), Fixtures.unique("Portail d’ailleurs"),
				null, Set.of(other)));

		var form = person.get("/mon-espace/alertes/nouvelle?q=" + keyword + "&portal=" + ours.code()).body();
		assertThat(form).contains("name=\"portal\" value=\"" + ours.code() + "\"", "Portail : " + ours.name());
		var saved = person.post("/mon-espace/alertes", Map.of("name", "Ici", "q", keyword, "portal", ours.code(),
				"frequency", "IMMEDIATE"));
		assertThat(saved.location()).endsWith("/mon-espace/alertes");
		assertThat(person.get("/mon-espace/alertes").body()).contains("Portail : " + ours.name());
		alerts.save(accountId(), email, Locale.FRENCH, "Ailleurs",
				new AlertCriteria(keyword, null, null, null, null, null, null, null, theirs.code()), Frequency.IMMEDIATE);

		publish("Nettoyage des bureaux " + keyword, "90910000");
		clock.advance(Duration.ofMinutes(2));
		run.runDue();

		assertThat(mailTo("Ici").text()).contains("Nettoyage des bureaux");
		assertThat(mailbox.receivedBy(email)).noneMatch(mail -> mail.subject().endsWith("— Ailleurs"));
	}

	@Test
	void anUnknownPortalIsRefusedOnThePageAndThroughTheApiAndNothingIsSaved() {
		person.get("/mon-espace/alertes/nouvelle");
		var refused = person.post("/mon-espace/alertes",
				Map.of("name", "Nulle part", "q", keyword, "portal", "nulle-part", "frequency", "DAILY"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Ce portail n’existe pas ou plus");

		var api = person.postJson("/api/v1/me/alerts",
				"{\"name\": \"API\", \"criteria\": {\"keywords\": \"" + keyword + "\", \"portal\": \"nulle-part\"}}");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.body()).contains("Ce portail n’existe pas ou plus");
		assertThat(alerts.of(accountId())).isEmpty();
	}

	@Test
	void anUnknownCpvCodeIsRefusedOnThePageAndThroughTheApiAndNothingIsSaved() {
		person.get("/mon-espace/alertes/nouvelle");
		var refused = person.post("/mon-espace/alertes",
				Map.of("name", "Inconnu", "q", keyword, "cpv", "99999999", "frequency", "DAILY"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Code CPV inconnu : saisissez 8 chiffres", "value=\"99999999\"",
				"value=\"" + keyword + "\"");

		var api = person.postJson("/api/v1/me/alerts",
				"{\"name\": \"API\", \"criteria\": {\"keywords\": \"" + keyword + "\", \"cpv\": \"99999999\"}}");
		assertThat(api.status()).isEqualTo(400);
		assertThat(alerts.of(accountId())).isEmpty();
	}

	@Test
	void theApiKeepsTheWholeSearch() {
		var organisation = directory.find(entity).orElseThrow().organisation().id();
		person.get("/mon-espace/alertes");
		var created = person.postJson("/api/v1/me/alerts", """
				{"name": "API", "criteria": {"keywords": "%s", "mode": "EXACT", "cpv": "45000000-7",
				 "organisation": "%s"}, "frequency": "IMMEDIATE"}""".formatted(keyword, organisation));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body()).contains("\"mode\":\"EXACT\"", "\"cpv\":\"45000000\"",
				"\"organisation\":\"" + organisation + "\"");
		assertThat(person.get("/api/v1/me/alerts", "Accept", "application/json").body())
			.contains("\"cpv\":\"45000000\"");
	}

	private void publish(String title, String cpv) {
		var d = ConsultationFixtures.newConsultation(entity, title, clock.instant().plus(Duration.ofDays(30)));
		var id = consultations.draft(new NewConsultation(d.entity(), d.reference(), d.title(), d.object(),
				d.procedure(), d.category(), cpv, d.additionalCpv(), d.lots(), d.department(), d.estimatedValue(),
				d.questionsDeadline(), d.depositDeadline(), d.signatureRequired(), d.envelopes(), d.restricted(),
				d.defenceOrSecurity(), d.utilities(), d.test()));
		ConsultationFixtures.publish(consultations, id);
	}

	private ReceivedMail mailTo(String alertName) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> mailbox.receivedBy(email).stream().anyMatch(m -> m.subject().endsWith("— " + alertName)));
		return mailbox.receivedBy(email).stream().filter(m -> m.subject().endsWith("— " + alertName)).findFirst()
			.orElseThrow();
	}

	private static String input(String page, String id) {
		var tag = Pattern.compile("<input[^>]*id=\"" + id + "\"[^>]*>").matcher(page);
		assertThat(tag.find()).as("input %s", id).isTrue();
		return tag.group();
	}

	private AccountId accountId() {
		return accounts.findByEmail(email).orElseThrow().id();
	}
}
