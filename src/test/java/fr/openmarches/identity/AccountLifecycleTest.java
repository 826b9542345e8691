package fr.openmarches.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fr.openmarches.IntegrationTest;
import fr.openmarches.WebVisitor;
import fr.openmarches.notification.DevelopmentMailbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;

/** Invitations, locking, contact corrections and closure, as other modules drive them. */
@IntegrationTest
class AccountLifecycleTest {

	static final String PASSWORD = "un mot de passe solide";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void anInvitedAgentChoosesAPasswordThroughTheMailedLinkAndSignsIn() {
		var email = unique("invite");
		var id = accounts.invite(new Invitation(email, "Paul", "Henry", null, Set.of(Role.BUYER_AGENT), "Claire Martin",
				"la Direction générale de l'armement"), Locale.FRENCH);

		var account = accounts.find(id).orElseThrow();
		assertThat(account.invited()).isTrue();
		assertThat(account.roles()).containsExactly(Role.BUYER_AGENT);

		var mail = awaitMail(email);
		assertThat(mail.subject()).isEqualTo("Invitation à rejoindre la Direction générale de l'armement sur OpenMarchés");
		assertThat(mail.text()).contains("Claire Martin vous a ouvert un compte", "valable 7 jours");

		var visitor = new WebVisitor(port);
		assertThat(visitor.signIn(email, PASSWORD).location()).endsWith("/connexion?erreur");
		choosePassword(visitor, mail.links().getFirst());

		assertThat(visitor.signIn(email, PASSWORD).location()).doesNotContain("erreur");
		assertThat(accounts.find(id).orElseThrow().invited()).isFalse();
	}

	@Test
	void aNewInvitationReplacesThePreviousLink() {
		var email = unique("reinvite");
		var id = accounts.invite(new Invitation(email, "Inès", "Caron", null, Set.of(Role.BUYER_AGENT), "Claire Martin",
				"la DGA"), Locale.FRENCH);
		var first = awaitMail(email).links().getFirst();

		accounts.reinvite(id, "Claire Martin", "la DGA", Locale.ENGLISH);
		await().atMost(Duration.ofSeconds(10)).until(() -> mailbox.receivedBy(email).size() == 2);
		var second = mailbox.receivedBy(email).getFirst();

		assertThat(second.subject()).isEqualTo("Invitation to join la DGA on OpenMarchés");
		var visitor = new WebVisitor(port);
		assertThat(visitor.get(path(first)).status()).isEqualTo(410);
		choosePassword(visitor, second.links().getFirst());
		assertThatThrownBy(() -> accounts.reinvite(id, "Claire Martin", "la DGA", Locale.FRENCH))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void lockingEndsThePersonsSessionsAndSignInSaysWhy() {
		var email = unique("lock");
		var id = accounts.open(new NewAccount(email, PASSWORD, "Hugo", "Petit", null, Set.of(Role.SUPPLIER_MEMBER)));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, PASSWORD);
		assertThat(visitor.get("/mon-espace").status()).isEqualTo(200);

		accounts.lock(id, "départ de l'entreprise");

		assertThat(visitor.get("/mon-espace").status()).isEqualTo(302);
		visitor.signIn(email, PASSWORD);
		assertThat(visitor.get("/connexion?erreur").body()).contains("départ de l&#39;entreprise");

		accounts.unlock(id);
		assertThat(visitor.signIn(email, PASSWORD).location()).doesNotContain("erreur");
		assertThatThrownBy(() -> accounts.unlock(id)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void contactDetailsAreCorrectedAndFoundTogether() {
		var one = accounts.open(new NewAccount(unique("one"), PASSWORD, "Léa", "Fontaine", "0102030405", "0102030406",
				Set.of(Role.SUPPLIER_ADMIN)));
		var two = accounts.open(new NewAccount(unique("two"), PASSWORD, "Hugo", "Petit", null, Set.of()));

		accounts.updateContact(two, "Hugo", "Petit-Durand", " ", "0299887766");

		var found = accounts.findAll(List.of(one, two, AccountId.random()));
		assertThat(found).containsOnlyKeys(one, two);
		assertThat(found.get(one).fax()).isEqualTo("0102030406");
		assertThat(found.get(two).familyName()).isEqualTo("Petit-Durand");
		assertThat(found.get(two).phone()).isNull();
		assertThat(found.get(two).fax()).isEqualTo("0299887766");
		assertThatThrownBy(() -> accounts.updateContact(two, "", "Petit", null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void closingAnAccountDeletesItUnlessAModuleRefuses() {
		var kept = accounts.open(new NewAccount(unique("kept"), PASSWORD, "Anne", "Garde", null, Set.of()));
		var closed = accounts.open(new NewAccount(unique("closed"), PASSWORD, "Luc", "Part", null, Set.of()));
		ApplicationListener<PayloadApplicationEvent<AccountClosing>> lastAdministrator = event -> {
			if (event.getPayload().account().equals(kept)) {
				throw new AccountClosureRefusedException("company.members.lastAdministrator");
			}
		};
		context.addApplicationListener(lastAdministrator);
		try {
			assertThatThrownBy(() -> accounts.close(kept)).isInstanceOf(AccountClosureRefusedException.class);
			accounts.close(closed);
		}
		finally {
			context.getBean(ApplicationEventMulticaster.class).removeApplicationListener(lastAdministrator);
		}

		assertThat(accounts.find(kept)).isPresent();
		assertThat(accounts.find(closed)).isEmpty();
	}

	private DevelopmentMailbox.ReceivedMail awaitMail(String email) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !mailbox.receivedBy(email).isEmpty());
		return mailbox.receivedBy(email).getFirst();
	}

	private static void choosePassword(WebVisitor visitor, String link) {
		var path = path(link);
		assertThat(visitor.get(path).status()).isEqualTo(200);
		var token = path.substring(path.indexOf("jeton=") + "jeton=".length());
		var answer = visitor.post("/mot-de-passe/nouveau",
				Map.of("token", token, "password", PASSWORD, "confirmation", PASSWORD));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).contains("/connexion");
	}

	private static String path(String link) {
		return link.substring(link.indexOf("/mot-de-passe"));
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
	}
}
