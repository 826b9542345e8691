package fr.openmarches.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import org.junit.jupiter.api.Test;

/** Saved searches announce new consultations by mail, once, and stop in one click. */
class AlertsTest extends SignedInWatcher {


	@Test
	void anImmediateAlertMailsEachNewMatchingConsultationOnceWithAOneClickUnsubscribe() {
		var form = person.get("/mon-espace/alertes/nouvelle?q=" + keyword);
		assertThat(form.body()).contains("value=\"" + keyword + "\"");
		var saved = person.post("/mon-espace/alertes", Map.of("name", "Mes drones", "q", keyword, "frequency", "IMMEDIATE"));
		assertThat(saved.location()).endsWith("/mon-espace/alertes");
		assertThat(person.get("/mon-espace/alertes").body()).contains("Mes drones", "Mots-clés : " + keyword);

		var matching = publish("Maintenance des drones " + keyword, false);
		publish("Nettoyage des locaux", false);
		publish("Exercice " + keyword, true);
		clock.advance(Duration.ofMinutes(2));
		run.runDue();

		await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.receivedBy(email).isEmpty());
		var mail = mailbox.receivedBy(email).getFirst();
		assertThat(mail.subject()).isEqualTo("1 nouvelle(s) consultation(s) — Mes drones");
		assertThat(mail.text()).contains("Maintenance des drones " + keyword).doesNotContain("Nettoyage", "Exercice");
		assertThat(mail.links()).anyMatch(link -> link.endsWith("/consultations/" + matching.value()));
		assertThat(mail.listUnsubscribe()).contains("/alertes/desabonnement?jeton=");

		clock.advance(Duration.ofMinutes(2));
		run.runDue();
		assertThat(mailbox.receivedBy(email)).hasSize(1);

		var unsubscribe = mail.listUnsubscribe().substring(mail.listUnsubscribe().indexOf("/alertes"), mail.listUnsubscribe().length() - 1);
		var visitor = new WebVisitor(port);
		assertThat(visitor.get(unsubscribe).body()).contains("Ne plus recevoir l’alerte « Mes drones » ?");
		var done = visitor.postExactly(unsubscribe, Map.of("List-Unsubscribe", "One-Click"));
		assertThat(done.body()).contains("vous ne recevrez plus l’alerte « Mes drones »");
		assertThat(alerts.of(accountId())).isEmpty();
		assertThat(visitor.get(unsubscribe).body()).contains("n’est plus valable");
	}

	@Test
	void aDailyAlertSendsOneDigestAtSevenParisTime() {
		alerts.save(accountId(), email, java.util.Locale.FRENCH, "Veille quotidienne",
				AlertCriteria.words(keyword), Frequency.DAILY);
		publish("Étude " + keyword + " numéro un", false);
		publish("Étude " + keyword + " numéro deux", false);

		var nextSeven = Frequency.DAILY.nextRunAfter(clock.instant(), Duration.ofMinutes(1));
		clock.set(nextSeven.minusSeconds(60));
		run.runDue();
		assertThat(mailbox.receivedBy(email)).isEmpty();

		clock.set(nextSeven.plusSeconds(1));
		run.runDue();
		await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.receivedBy(email).isEmpty());
		assertThat(mailbox.receivedBy(email).getFirst().text()).contains("numéro un", "numéro deux");
	}

	@Test
	void nobodyChangesAnotherPersonsAlert() {
		var mine = alerts.save(accountId(), email, java.util.Locale.FRENCH, "À moi",
				AlertCriteria.words(keyword), Frequency.DAILY);
		var otherEmail = Fixtures.unique("autre").replace(' ', '-').toLowerCase() + "@example.fr";
		accounts.open(new NewAccount(otherEmail, PASSWORD, "Marc", "Autre", null, Set.of(Role.SUPPLIER_MEMBER)));
		var other = new WebVisitor(port);
		other.signIn(otherEmail, PASSWORD);
		other.get("/mon-espace/alertes");

		assertThat(other.post("/mon-espace/alertes/" + mine.id() + "/suppression", Map.of()).status()).isEqualTo(404);
		assertThat(other.post("/mon-espace/alertes/" + mine.id() + "/frequence", Map.of("frequency", "IMMEDIATE")).status())
			.isEqualTo(404);
		assertThat(alerts.of(accountId())).singleElement()
			.satisfies(alert -> assertThat(alert.frequency()).isEqualTo(Frequency.DAILY));
		assertThat(new WebVisitor(port).get("/mon-espace/alertes").status()).isEqualTo(302);
	}

	@Test
	void anAlertWithoutCriteriaOrNameIsRefusedWithoutLosingWhatWasTyped() {
		person.get("/mon-espace/alertes/nouvelle");

		var empty = person.post("/mon-espace/alertes", Map.of("name", "Tout", "frequency", "DAILY"));
		assertThat(empty.body()).contains("Choisissez au moins un critère", "value=\"Tout\"");

		var unnamed = person.post("/mon-espace/alertes", Map.of("name", " ", "q", keyword, "frequency", "DAILY"));
		assertThat(unnamed.body()).contains("Donnez un nom à l’alerte", "value=\"" + keyword + "\"");
		assertThat(alerts.of(accountId())).isEmpty();
	}

	@Test
	void theApiManagesMyAlerts() {
		person.get("/mon-espace/alertes");
		var created = person.postJson("/api/v1/me/alerts",
				"{\"name\": \"API\", \"criteria\": {\"keywords\": \"" + keyword + "\"}, \"frequency\": \"IMMEDIATE\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(person.get("/api/v1/me/alerts", "Accept", "application/json").body()).contains("\"name\":\"API\"");
		assertThat(person.postJson("/api/v1/me/alerts", "{\"name\": \"Vide\", \"criteria\": {}}").status()).isEqualTo(400);
	}

	private ConsultationId publish(String title, boolean test) {
		var details = test
				? ConsultationFixtures.newTestConsultation(entity, title, clock.instant().plus(Duration.ofDays(30)))
				: ConsultationFixtures.newConsultation(entity, title, clock.instant().plus(Duration.ofDays(30)));
		var id = consultations.draft(details);
		ConsultationFixtures.publish(consultations, id);
		return id;
	}

	private fr.openmarches.identity.AccountId accountId() {
		return accounts.findByEmail(email).orElseThrow().id();
	}
}
