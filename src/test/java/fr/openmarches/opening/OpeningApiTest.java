package fr.openmarches.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.Buyers.Person;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.DocumentKind;
import fr.openmarches.consultation.PublicationRefusedException;
import fr.openmarches.consultation.Requirement;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The opening API as buyers, commission members and strangers call it: who may run the ceremony,
 * who may be chosen, the quorum's bounds, no second ceremony once published, each member's own
 * shares only, and the CSRF token on every write.
 */
@IntegrationTest
class OpeningApiTest {

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	CommissionKeys commissionKeys;

	@Autowired
	MutableClock clock;

	PurchasingEntityId entity;

	Person buyer;

	List<Person> members;

	Person keyless;

	Person stranger;

	ConsultationId draft;

	@BeforeEach
	void entityWithACommission() throws java.io.IOException {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité commission"), "75");
		buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		members = List.of(member(entity), member(entity), member(entity));
		keyless = Buyers.appointed(accounts, organisations, entity, AgentRole.COMMISSION_MEMBER);
		var other = Fixtures.newEntity(organisations, Fixtures.unique("Autre entité"), "75");
		stranger = member(other);
		draft = consultations.draft(ConsultationFixtures.newConsultation(entity, "Consultation à clé",
				clock.instant().plus(Duration.ofDays(30))));
		consultations.attach(draft, DocumentKind.RULES,
				ConsultationFixtures.file("RC", "RC.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void theBuyerRunsTheCeremonyThenPublishesAndTheKeyNoLongerChanges() {
		assertThatThrownBy(() -> consultations.publish(draft)).isInstanceOfSatisfying(PublicationRefusedException.class,
				refused -> assertThat(refused.missing()).containsExactly(Requirement.OPENING_KEY));
		var api = signedIn(buyer);
		var base = "/api/v1/buyer/consultations/" + draft + "/commission";

		var before = api.send("GET", base, null, null, false);
		assertThat(before.status()).isEqualTo(200);
		assertThat(JsonPath.<Object>read(before.body(), "$.commission")).isNull();
		assertThat(JsonPath.<List<String>>read(before.body(), "$.candidates[*].account"))
			.containsExactlyInAnyOrderElementsOf(ids(members, keyless))
			.doesNotContain(stranger.account().toString());
		assertThat(JsonPath.<List<Object>>read(before.body(),
				"$.candidates[?(@.account == '" + keyless.account() + "')].publicKey")).containsExactly((Object) null);

		var made = put(api, base, ceremony(2, members));
		assertThat(made.status()).as(made.body()).isEqualTo(200);
		assertThat(JsonPath.<Integer>read(made.body(), "$.quorum")).isEqualTo(2);
		assertThat(JsonPath.<List<String>>read(made.body(), "$.members[*].account")).containsExactlyElementsOf(ids(members));
		String fingerprint = JsonPath.read(made.body(), "$.fingerprint");
		assertThat(fingerprint).hasSize(64);
		assertThat(api.send("GET", "/api/v1/consultations/" + draft + "/opening-key", null, null, false).status())
			.as("a draft's key is not public").isEqualTo(404);

		var again = put(api, base, ceremony(1, members.subList(0, 1)));
		assertThat(again.status()).as("before publication, a new ceremony replaces the old").isEqualTo(200);
		assertThat(put(api, base, ceremony(2, members)).status()).isEqualTo(200);

		consultations.publish(draft);
		var key = new WebVisitor(port).send("GET", "/api/v1/consultations/" + draft + "/opening-key", null, null, false);
		assertThat(key.status()).isEqualTo(200);
		assertThat(JsonPath.<String>read(key.body(), "$.algorithm")).isEqualTo("RSA-OAEP-3072-SHA256");
		assertThat(JsonPath.<String>read(key.body(), "$.publicKey"))
			.isEqualTo(OpeningFixtures.base64(OpeningFixtures.openingKeyPair().getPublic().getEncoded()));

		var late = put(api, base, ceremony(2, members));
		assertThat(late.status()).isEqualTo(409);
		assertThat(JsonPath.<String>read(late.body(), "$.reason")).isEqualTo("NOT_DRAFT");
		assertThat(late.body()).contains("La consultation est publiée");
	}

	@Test
	void onlyTheConsultationsBuyersRunTheCeremony() {
		var base = "/api/v1/buyer/consultations/" + draft + "/commission";
		var otherBuyer = Buyers.appointed(accounts, organisations,
				Fixtures.newEntity(organisations, Fixtures.unique("Entité voisine"), "75"), AgentRole.BUYER);
		var other = signedIn(otherBuyer);
		assertThat(other.send("GET", base, null, null, false).status()).isEqualTo(404);
		assertThat(put(other, base, ceremony(2, members)).status()).isEqualTo(404);
		assertThat(put(signedIn(members.get(0)), base, ceremony(2, members)).status())
			.as("a commission member is not a buyer").isEqualTo(403);
		assertThat(new WebVisitor(port).send("GET", base, null, null, false).status()).isEqualTo(401);
		assertThat(signedIn(buyer).send("GET", "/api/v1/buyer/consultations/" + ConsultationId.random() + "/commission",
				null, null, false).status()).isEqualTo(404);
	}

	@Test
	void theCommissionHoldsTogether() {
		var api = signedIn(buyer);
		var base = "/api/v1/buyer/consultations/" + draft + "/commission";
		assertThat(reason(put(api, base, ceremony(1, List.of(members.get(0), stranger))))).isEqualTo("NOT_A_MEMBER");
		assertThat(reason(put(api, base, ceremony(1, List.of(members.get(0), buyer))))).isEqualTo("NOT_A_MEMBER");
		assertThat(reason(put(api, base, ceremony(1, List.of(members.get(0), keyless))))).isEqualTo("MEMBER_WITHOUT_KEY");
		assertThat(reason(put(api, base, ceremony(0, members)))).isEqualTo("QUORUM");
		assertThat(reason(put(api, base, ceremony(4, members)))).isEqualTo("QUORUM");
		assertThat(reason(put(api, base, ceremony(1, List.of())))).isEqualTo("MEMBER_COUNT");
		assertThat(reason(put(api, base, ceremony(1, List.of(members.get(0), members.get(0)))))).isEqualTo("DUPLICATE_MEMBER");
		var weak = ceremony(1, members).replace(
				OpeningFixtures.base64(OpeningFixtures.openingKeyPair().getPublic().getEncoded()), rsa2048());
		assertThat(reason(put(api, base, weak))).isEqualTo("INVALID_PUBLIC_KEY");
		assertThat(put(api, base, "{\"publicKey\": 12, \"quorum\": \"deux\"}").status()).isEqualTo(400);
		var commission = api.send("GET", base, null, null, false);
		assertThat(JsonPath.<Object>read(commission.body(), "$.commission")).as("nothing was recorded").isNull();
	}

	@Test
	void eachMemberReadsTheirOwnSharesOnly() {
		var api = signedIn(buyer);
		assertThat(put(api, "/api/v1/buyer/consultations/" + draft + "/commission", ceremony(2, members)).status())
			.isEqualTo(200);

		for (int i = 0; i < members.size(); i++) {
			var shares = signedIn(members.get(i)).send("GET", "/api/v1/me/opening-shares", null, null, false);
			assertThat(shares.status()).isEqualTo(200);
			assertThat(JsonPath.<List<String>>read(shares.body(), "$[*].consultation.id")).containsExactly(draft.toString());
			assertThat(JsonPath.<String>read(shares.body(), "$[0].sealedShare.ciphertext")).isEqualTo("share-" + i);
			assertThat(JsonPath.<Integer>read(shares.body(), "$[0].quorum")).isEqualTo(2);
			assertThat(JsonPath.<Integer>read(shares.body(), "$[0].members")).isEqualTo(3);
		}
		assertThat(signedIn(keyless).send("GET", "/api/v1/me/opening-shares", null, null, false).body()).isEqualTo("[]");
		assertThat(new WebVisitor(port).send("GET", "/api/v1/me/opening-shares", null, null, false).status()).isEqualTo(401);
	}

	@Test
	void aMemberKeyIsAnRsa3072KeyAndStaysWhileItIsNeeded() {
		var member = signedIn(keyless);
		assertThat(member.send("GET", "/api/v1/me/commission-key", null, null, false).status()).isEqualTo(404);
		assertThat(reason(put(member, "/api/v1/me/commission-key", memberKey(rsa2048())))).isEqualTo("INVALID_PUBLIC_KEY");
		assertThat(reason(put(member, "/api/v1/me/commission-key",
				"{\"publicKey\": \"" + publicKey() + "\", \"protectedPrivateKey\": \"texte\"}"))).isEqualTo("INVALID_PROTECTED_KEY");
		var saved = put(member, "/api/v1/me/commission-key", memberKey(publicKey()));
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(JsonPath.<Boolean>read(saved.body(), "$.replaceable")).isTrue();
		var read = member.send("GET", "/api/v1/me/commission-key", null, null, false);
		assertThat(JsonPath.<String>read(read.body(), "$.protectedPrivateKey.salt")).isEqualTo("c2Vs");

		assertThat(put(signedIn(buyer), "/api/v1/buyer/consultations/" + draft + "/commission",
				ceremony(1, List.of(keyless))).status()).isEqualTo(200);
		var replaced = put(member, "/api/v1/me/commission-key", memberKey(publicKey()));
		assertThat(replaced.status()).as("a draft still to be opened holds a share sealed for it").isEqualTo(409);
		assertThat(JsonPath.<String>read(replaced.body(), "$.reason")).isEqualTo("IN_USE");
		assertThat(JsonPath.<List<String>>read(member.send("GET", "/api/v1/me/commission-key", null, null, false).body(),
				"$.stillToOpen[*].id")).containsExactly(draft.toString());

		assertThat(reason(put(signedIn(buyer), "/api/v1/me/commission-key", memberKey(publicKey()))))
			.as("a buyer is no commission member").isEqualTo("NOT_A_MEMBER");
	}

	@Test
	void everyWriteNeedsTheCsrfToken() {
		var api = signedIn(buyer);
		var body = ceremony(2, members).getBytes(StandardCharsets.UTF_8);
		assertThat(api.send("PUT", "/api/v1/buyer/consultations/" + draft + "/commission", "application/json", body, false)
			.status()).isEqualTo(403);
		var member = signedIn(keyless);
		assertThat(member.send("PUT", "/api/v1/me/commission-key", "application/json",
				memberKey(publicKey()).getBytes(StandardCharsets.UTF_8), false).status()).isEqualTo(403);
		assertThat(commissionKeys.keyOf(keyless.account())).isEmpty();
	}

	@Test
	void thePagesAreTheBuyersAndTheMembers() {
		var page = signedIn(buyer).get("/acheteur/consultations/" + draft + "/commission");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Commission d’ouverture", "clé personnelle à créer", "/js/opening/ceremony.js");
		assertThat(signedIn(buyer).get("/acheteur/consultations/" + draft + "/commission/resume").body())
			.contains("La commission n’est pas encore désignée");
		var otherBuyer = Buyers.appointed(accounts, organisations,
				Fixtures.newEntity(organisations, Fixtures.unique("Entité voisine"), "75"), AgentRole.BUYER);
		assertThat(signedIn(otherBuyer).get("/acheteur/consultations/" + draft + "/commission").status()).isEqualTo(404);
		assertThat(signedIn(otherBuyer).get("/acheteur/consultations/pas-un-id/commission").status()).isEqualTo(404);
		var keyPage = signedIn(keyless).get("/acheteur/cle-de-commission");
		assertThat(keyPage.status()).isEqualTo(200);
		assertThat(keyPage.body()).contains("Ma clé de commission", "/js/opening/member-key.js", "passphrase-confirm");
		assertThat(signedIn(buyer).get("/acheteur/cle-de-commission").status()).isEqualTo(403);
		var review = signedIn(buyer).get("/acheteur/consultations/" + draft + "/publication");
		assertThat(review.body()).contains("La commission d’ouverture n’est pas désignée",
				"/acheteur/consultations/" + draft + "/commission");
	}

	private Person member(PurchasingEntityId of) {
		var person = Buyers.appointed(accounts, organisations, of, AgentRole.COMMISSION_MEMBER);
		commissionKeys.register(person.account(), new NewMemberKey(publicKey(), "{\"v\":1}"));
		return person;
	}

	private WebVisitor signedIn(Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), Buyers.PASSWORD);
		visitor.get("/");
		return visitor;
	}

	private static WebVisitor.Page put(WebVisitor api, String path, String json) {
		return api.send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8), true);
	}

	private static String reason(WebVisitor.Page page) {
		assertThat(page.status()).as(page.body()).isIn(400, 403, 409);
		return JsonPath.read(page.body(), "$.reason");
	}

	/** A ceremony's result for {@code chosen}: the shared fixture opening key, each share marked with its position. */
	private static String ceremony(int quorum, List<Person> chosen) {
		var shares = new StringBuilder();
		for (int i = 0; i < chosen.size(); i++) {
			shares.append(i == 0 ? "" : ",")
				.append("{\"member\": \"").append(chosen.get(i).account())
				.append("\", \"sealedShare\": {\"v\": 1, \"wrappedKey\": \"AA==\", \"iv\": \"AA==\", \"ciphertext\": \"share-")
				.append(i).append("\"}}");
		}
		return "{\"publicKey\": \"" + OpeningFixtures.base64(OpeningFixtures.openingKeyPair().getPublic().getEncoded())
				+ "\", \"quorum\": " + quorum + ", \"shares\": [" + shares + "]}";
	}

	private static String memberKey(String publicKey) {
		return "{\"publicKey\": \"" + publicKey + "\", \"protectedPrivateKey\": {\"v\": 1, \"salt\": \"c2Vs\"}}";
	}

	private static String publicKey() {
		return OpeningFixtures.base64(OpeningFixtures.memberKeyPair().getPublic().getEncoded());
	}

	private static String rsa2048() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return OpeningFixtures.base64(generator.generateKeyPair().getPublic().getEncoded());
		}
		catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> ids(List<Person> people, Person... more) {
		return java.util.stream.Stream.concat(people.stream(), java.util.Arrays.stream(more))
			.map(person -> person.account().toString())
			.collect(Collectors.toList());
	}
}
