package fr.openmarches.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.download.DceRetrieval;
import fr.openmarches.download.Downloader;
import fr.openmarches.download.Selection;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.identity.Role;
import fr.openmarches.notification.DevelopmentMailbox;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Asking, answering, publishing and mailing, over real HTTP. */
@IntegrationTest
class QuestionsTest {

	static final String PASSWORD = "un mot de passe solide";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	AccountService accounts;

	@Autowired
	DceRetrieval retrieval;

	@Autowired
	QuestionDesk desk;

	@Autowired
	DevelopmentMailbox mailbox;

	@Autowired
	MutableClock clock;

	PurchasingEntityId entity;

	ConsultationId consultation;

	@BeforeEach
	void aPublishedConsultation() throws Exception {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité des questions"), "29");
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity,
				Fixtures.unique("Nettoyage des locaux"), clock.instant().plus(Duration.ofDays(10))));
		ConsultationFixtures.publish(consultations, consultation);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aSupplierAsksTheBuyerAnswersAndEveryIdentifiedDownloaderIsTold() {
		var downloader = email("telechargeur");
		retrieval.take(consultation, Selection.wholeDce(),
				new Downloader("Nina", "Roux", "Roux SARL", downloader, java.util.Locale.ENGLISH), null);
		retrieval.take(consultation, Selection.wholeDce(), null, null);
		var supplierEmail = email("question");
		var supplier = supplier(supplierEmail);

		supplier.get(questionsPage());
		var sent = supplier.post(questionsPage(),
				Map.of("text", "Nous, Atelier du Berry, pouvons-nous répondre au lot 2 seul ? <script>alert(1)</script>"));
		assertThat(sent.status()).isEqualTo(302);
		var asked = desk.register(consultation).getFirst();
		assertThat(asked.asker().email()).isEqualTo(supplierEmail);

		var buyer = buyer(entity);
		var register = buyer.get("/acheteur/consultations/" + consultation.value() + "/questions");
		assertThat(register.body()).contains(supplierEmail, "&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
		var answered = buyer.post("/acheteur/consultations/" + consultation.value() + "/questions/" + asked.id() + "/reponse",
				Map.of("publishedQuestion", "Peut-on répondre au lot 2 seul ?", "answer", "Oui : les lots sont indépendants."));
		assertThat(answered.status()).isEqualTo(302);

		var page = new WebVisitor(port).get(questionsPage());
		assertThat(page.body()).contains("Peut-on répondre au lot 2 seul ?", "Oui : les lots sont indépendants.")
			.doesNotContain("Atelier du Berry", supplierEmail);
		await().atMost(Duration.ofSeconds(15))
			.until(() -> !mailbox.receivedBy(downloader).isEmpty() && !mailbox.receivedBy(supplierEmail).isEmpty());
		var toDownloader = mailbox.receivedBy(downloader).getFirst();
		assertThat(toDownloader.subject()).startsWith("Answer to a question on consultation");
		assertThat(toDownloader.text()).contains("Oui : les lots sont indépendants.").doesNotContain("Atelier du Berry");
		assertThat(mailbox.receivedBy(supplierEmail).getFirst().subject()).startsWith("Réponse à une question");
		assertThat(supplier.get("/mon-espace/questions").body()).contains("Oui : les lots sont indépendants.");
		assertThat(buyer.get("/acheteur/consultations/" + consultation.value() + "/questions.csv").body())
			.contains(supplierEmail, "Peut-on répondre au lot 2 seul ?");
	}

	@Test
	void afterTheQuestionsDeadlineNothingIsAsked() {
		var supplier = supplier(email("tard"));
		supplier.get(questionsPage());
		clock.advance(Duration.ofDays(11));

		var answer = supplier.post(questionsPage(), Map.of("text", "Encore une question ?"));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("La date limite de remise des questions est passée", "Encore une question ?");
		assertThat(desk.register(consultation)).isEmpty();
	}

	@Test
	void onlyTheBuyersOfTheEntityReadAndAnswer() {
		var supplier = supplier(email("curieux"));
		supplier.get(questionsPage());
		supplier.post(questionsPage(), Map.of("text", "Question confidentielle ?"));
		var question = desk.register(consultation).getFirst();

		var otherBuyer = buyer(Fixtures.newEntity(organisations, Fixtures.unique("Autre entité"), "44"));
		assertThat(otherBuyer.get("/acheteur/consultations/" + consultation.value() + "/questions").status()).isEqualTo(404);
		otherBuyer.get("/mon-espace");
		assertThat(otherBuyer.post("/acheteur/consultations/" + consultation.value() + "/questions/" + question.id() + "/reponse",
				Map.of("publishedQuestion", "Q", "answer", "R")).status()).isEqualTo(404);
		assertThat(otherBuyer.get("/api/v1/buyer/consultations/" + consultation.value() + "/questions", "Accept",
				"application/json").status()).isEqualTo(404);
		assertThat(supplier.get("/acheteur/consultations/" + consultation.value() + "/questions").status()).isEqualTo(403);
		var anonymous = new WebVisitor(port);
		anonymous.get(questionsPage());
		assertThat(anonymous.post(questionsPage(), Map.of("text", "Anonyme ?")).status()).isEqualTo(403);
		assertThat(desk.find(question.id()).orElseThrow().answered()).isFalse();
		assertThat(desk.register(consultation)).hasSize(1);
	}

	@Test
	void anEmptyAnswerIsSaidAndTheTextTypedIsKept() {
		var supplier = supplier(email("vide"));
		supplier.get(questionsPage());
		supplier.post(questionsPage(), Map.of("text", "Délai de livraison ?"));
		var question = desk.register(consultation).getFirst();
		var buyer = buyer(entity);
		buyer.get("/acheteur/consultations/" + consultation.value() + "/questions");

		var answer = buyer.post("/acheteur/consultations/" + consultation.value() + "/questions/" + question.id() + "/reponse",
				Map.of("publishedQuestion", "Délai de livraison ?", "answer", "  "));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("Ce champ est obligatoire");
		assertThat(desk.find(question.id()).orElseThrow().answered()).isFalse();
	}

	@Test
	void theApiNeedsTheSessionsCsrfTokenAndSaysWhenQuestionsAreClosed() {
		var supplier = supplier(email("api"));
		var withoutToken = supplier(email("sans-jeton"));
		assertThat(withoutToken.postJson("/api/v1/consultations/" + consultation.value() + "/questions", "{\"text\": \"Q0 ?\"}")
			.status()).as("the token read before sign-in is no longer valid").isEqualTo(403);
		supplier.get(questionsPage());
		assertThat(supplier.postJson("/api/v1/consultations/" + consultation.value() + "/questions", "{\"text\": \"Q ?\"}")
			.status()).isEqualTo(201);

		clock.advance(Duration.ofDays(11));
		assertThat(supplier.postJson("/api/v1/consultations/" + consultation.value() + "/questions", "{\"text\": \"Q2 ?\"}")
			.status()).isEqualTo(409);
		assertThat(new WebVisitor(port).get("/api/v1/consultations/" + consultation.value() + "/questions", "Accept",
				"application/json").status()).isEqualTo(200);
		assertThat(desk.register(consultation)).hasSize(1);
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() {
		var supplier = supplier(email("csrf"));
		var refused = supplier.postExactly(questionsPage(), Map.of("text", "Sans jeton ?"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(desk.register(consultation)).isEmpty();
	}

	private WebVisitor supplier(String email) {
		accounts.open(new NewAccount(email, PASSWORD, "Léa", "Fontaine", null, Set.of(Role.SUPPLIER_MEMBER)));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, PASSWORD);
		return visitor;
	}

	private WebVisitor buyer(PurchasingEntityId entity) {
		var email = email("acheteur");
		var account = accounts.open(new NewAccount(email, PASSWORD, "Claire", "Martin", null, Set.of()));
		organisations.appoint(entity, account, Set.of(AgentRole.BUYER));
		var visitor = new WebVisitor(port);
		visitor.signIn(email, PASSWORD);
		return visitor;
	}

	private String questionsPage() {
		return "/consultations/" + consultation.value() + "/questions";
	}

	private static String email(String name) {
		return Fixtures.unique(name).replace(' ', '-').toLowerCase() + "@example.fr";
	}
}
