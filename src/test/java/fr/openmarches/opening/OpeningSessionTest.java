package fr.openmarches.opening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import fr.openmarches.Fixtures;
import fr.openmarches.IntegrationTest;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.Buyers.Person;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.identity.AccountService;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.OpeningKeyPairs;
import fr.openmarches.sealing.SealedBox;
import fr.openmarches.sealing.SealedFiles;
import fr.openmarches.sealing.Shamir;
import fr.openmarches.signature.PdfSeals;
import fr.openmarches.signature.PdfSealsTest;
import fr.openmarches.submission.DepositCalls;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The opening session over HTTP, the test playing every browser with the Java sealing primitives: a
 * commission of three with a quorum of two, two deposits in time and one late. Fewer than k members
 * open nothing; k members open the applications, and only them; a wrong key does not open and may
 * be retried; an altered blob is recorded as such; a late deposit waits for a decision; the buyer
 * reads an opened piece, decrypted on the fly; nobody outside the commission acts.
 */
@IntegrationTest
class OpeningSessionTest {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final int QUORUM = 2;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	OrganisationService organisations;

	@Autowired
	ConsultationService consultations;

	@Autowired
	CompanyService companies;

	@Autowired
	CommissionKeys commissionKeys;

	@Autowired
	OpeningKeys openingKeys;

	@Autowired
	MutableClock clock;

	@Autowired
	PdfSeals seals;

	@Autowired
	ApplicationContext context;

	@Value("${openmarches.blob-store.filesystem.root}")
	Path blobRoot;

	PurchasingEntityId entity;

	Person buyer;

	List<Person> members;

	ConsultationId consultation;

	String api;

	/** Deposit id → the files it holds, by position. */
	final Map<UUID, List<byte[]>> deposited = new java.util.HashMap<>();

	UUID first;

	UUID second;

	UUID late;

	/** A deposit whose applications hold signatures, good and bad, and a piece without any. */
	UUID signed;

	@BeforeEach
	void aClosedConsultationWithDeposits() throws IOException {
		entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité de la séance"), "75");
		buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		members = List.of(member(entity), member(entity), member(entity));
		consultation = consultations.draft(ConsultationFixtures.newConsultation(entity, Fixtures.unique("Nettoyage"),
				clock.instant().plus(Duration.ofDays(10))));
		ceremony(consultation, members, QUORUM);
		ConsultationFixtures.publish(consultations, consultation);
		api = "/api/v1/buyer/consultations/" + consultation + "/opening-session";

		var supplierA = CompanyFixtures.person(accounts, "Anne");
		CompanyFixtures.company(companies, supplierA, Fixtures.unique("Propreté Anne"));
		var supplierB = CompanyFixtures.person(accounts, "Bruno");
		CompanyFixtures.company(companies, supplierB, Fixtures.unique("Nettoyage Bruno"));
		first = deposit(supplierA, random(3 * DepositCalls.CHUNK + 11, 1), random(2_000, 2), random(5_000, 3));
		second = deposit(supplierB, random(70_000, 4), random(800, 5), random(900, 6));
		var supplierC = CompanyFixtures.person(accounts, "Chloé");
		CompanyFixtures.company(companies, supplierC, Fixtures.unique("Services Chloé"));
		signed = signedDeposit(supplierC);
		clock.advance(Duration.ofDays(11));
		late = deposit(supplierB, random(1_500, 7), random(600, 8), random(700, 9));
		ConsultationFixtures.applyDue(context);
		assertThat(consultations.summaries(List.of(consultation)).get(consultation).state())
			.isEqualTo(ConsultationState.CLOSED);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aQuorumOpensTheApplicationsAndNothingElse() throws Exception {
		var host = signedIn(members.get(0));
		var sessionKeys = OpeningKeyPairs.generate();
		var started = post(host, api, "{\"envelope\": \"APPLICATION\", \"sessionPublicKey\": \"%s\"}"
			.formatted(OpeningKeyPairs.spki(sessionKeys.getPublic())));
		assertThat(started.status()).as(started.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(started.body(), "$.session.fingerprint"))
			.isEqualTo(ContentKeys.fingerprint(sessionKeys.getPublic()));
		assertThat(JsonPath.<Integer>read(started.body(), "$.session.needed")).isEqualTo(2);
		assertThat(JsonPath.<List<String>>read(started.body(), "$.lateDeposits[*].id")).containsExactly(late.toString());
		assertThat(JsonPath.<List<Object>>read(started.body(), "$.deposits[*].pieces[*].fileName"))
			.as("no file name before opening").containsOnlyNulls();
		assertThat(reason(post(signedIn(members.get(1)), api, "{\"envelope\": \"OFFER\", \"sessionPublicKey\": \"%s\"}"
			.formatted(OpeningKeyPairs.spki(sessionKeys.getPublic()))))).isEqualTo("IN_PROGRESS");

		// one member present: below the quorum, the host can neither fetch shares nor hand keys
		join(host, members.get(0), sessionKeys);
		assertThat(reason(host.send("GET", api + "/shares", null, null, false))).isEqualTo("QUORUM_NOT_REACHED");
		var view = JsonPath.parse(host.send("GET", api, null, null, false).body());
		assertThat(view.<Integer>read("$.session.needed")).isEqualTo(1);
		var rightKeys = fileKeys(OpeningFixtures.openingKeyPair(), "APPLICATION", first, second);
		assertThat(reason(post(host, api + "/file-keys", keys(rightKeys)))).isEqualTo("QUORUM_NOT_REACHED");
		assertThat(outcomes(host)).as("nothing opened").containsOnlyNulls();

		// k members: the host rebuilds the opening key from the shares sealed for the session key
		join(signedIn(members.get(1)), members.get(1), sessionKeys);
		var rebuilt = rebuilt(host, sessionKeys);
		assertThat(reason(signedIn(members.get(1)).send("GET", api + "/shares", null, null, false))).isEqualTo("NOT_HOST");

		// the offers' keys are refused while the applications are open, and nothing is read
		var offerKeys = fileKeys(rebuilt, "OFFER", first);
		assertThat(reason(post(host, api + "/file-keys", keys(offerKeys)))).isEqualTo("ENVELOPE_NOT_OPEN");
		// a late deposit's keys wait for a decision
		assertThat(reason(post(host, api + "/file-keys", keys(fileKeys(rebuilt, "APPLICATION", late)))))
			.isEqualTo("LATE_UNDECIDED");
		assertThat(outcomes(host)).containsOnlyNulls();

		// the second deposit's application was altered in storage
		var altered = sealedSha(host, second, 0);
		alter(altered);
		// a wrong key for the first deposit's application
		var keys = fileKeys(rebuilt, "APPLICATION", first, second);
		var wrong = new ArrayList<>(keys);
		wrong.set(0, new FileKey(first, 0, Base64.getEncoder().encodeToString(new byte[32])));
		var afterWrong = JsonPath.parse(post(host, api + "/file-keys", keys(wrong)).body());
		assertThat(one(afterWrong, piece(first, 0) + ".outcome")).isEqualTo("DOES_NOT_OPEN");
		assertThat(one(afterWrong, piece(second, 0) + ".outcome")).isEqualTo("STORAGE_ALTERED");
		assertThat(signedIn(buyer).download(api + "/pieces/" + first + "/0").status())
			.as("nothing to read before it opened").isEqualTo(404);

		var retried = post(host, api + "/file-keys", keys(keys.subList(0, 1)));
		assertThat(retried.status()).as(retried.body()).isEqualTo(200);
		var after = JsonPath.parse(retried.body());
		assertThat(one(after, piece(first, 0) + ".outcome")).isEqualTo("OPENED");
		assertThat(one(after, piece(first, 0) + ".attempts")).isEqualTo(2);
		assertThat(one(after, piece(first, 0) + ".foundSha256")).isEqualTo(sha256(deposited.get(first).get(0)));
		assertThat(one(after, piece(first, 0) + ".fileName")).isEqualTo("piece-0.pdf");
		assertThat(one(after, piece(first, 1) + ".outcome")).as("the offer stays sealed").isNull();
		assertThat(after.<String>read("$.state")).isEqualTo("OPENED");
		assertThat(reason(post(host, api + "/file-keys", keys(keys.subList(0, 1))))).isEqualTo("ALREADY_OPENED");

		// the buyer reads the opened piece, decrypted on the fly
		var buyerVisitor = signedIn(buyer);
		var download = buyerVisitor.download(api + "/pieces/" + first + "/0");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(deposited.get(first).get(0));
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains("piece-0.pdf");
		assertThat(buyerVisitor.download(api + "/pieces/" + second + "/0").status()).as("altered").isEqualTo(404);
		assertThat(buyerVisitor.download(api + "/pieces/" + first + "/1").status()).as("sealed").isEqualTo(404);

		var page = buyerVisitor.get("/acheteur/consultations/" + consultation + "/ouverture");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("piece-0.pdf", "Ouverte, empreinte conforme", "Fichier stocké altéré",
				"Plis hors délai").doesNotContain("session-join-form");

		// the late deposit, once a member recorded why it is opened
		var decided = post(signedIn(members.get(1)), api + "/late-deposits/" + late + "/decision",
				"{\"reason\": \"Identifier le candidat\"}");
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(decided.body(), "$.lateDeposits[0].lateDecision.reason")).isEqualTo("Identifier le candidat");
		var lateOpened = post(host, api + "/file-keys", keys(fileKeys(rebuilt, "APPLICATION", late)));
		assertThat(JsonPath.<String>read(lateOpened.body(), "$.lateDeposits[0].pieces[0].outcome")).isEqualTo("OPENED");

		assertThat(reason(post(signedIn(members.get(1)), api + "/end", "{}"))).isEqualTo("NOT_HOST");
		var ended = post(host, api + "/end", "{}");
		assertThat(ended.status()).isEqualTo(200);
		assertThat(JsonPath.<Object>read(ended.body(), "$.session")).isNull();
		assertThat(JsonPath.<List<String>>read(ended.body(), "$.past[0].present[*].account"))
			.containsExactlyInAnyOrder(members.get(0).account().toString(), members.get(1).account().toString());
		assertThat(reason(post(host, api + "/file-keys", keys(fileKeys(rebuilt, "APPLICATION", second)))))
			.isEqualTo("NO_SESSION");
		assertThat(host.get("/acheteur/consultations/" + consultation + "/ouverture").body())
			.contains("Séances tenues", "Candidatures : du ");
	}

	@Test
	void theSignaturesOfTheOpenedPiecesAreCheckedAndDssReportsKept() throws Exception {
		var host = signedIn(members.get(0));
		var sessionKeys = OpeningKeyPairs.generate();
		assertThat(post(host, api, "{\"envelope\": \"APPLICATION\", \"sessionPublicKey\": \"%s\"}"
			.formatted(OpeningKeyPairs.spki(sessionKeys.getPublic()))).status()).isEqualTo(201);
		join(host, members.get(0), sessionKeys);
		join(signedIn(members.get(1)), members.get(1), sessionKeys);
		var opened = post(host, api + "/file-keys", keys(fileKeys(rebuilt(host, sessionKeys), "APPLICATION", signed)));
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);

		// checked apart from the request, shortly after
		var buyerVisitor = signedIn(buyer);
		await().atMost(Duration.ofSeconds(60)).until(() -> JsonPath.<List<Object>>read(
				buyerVisitor.send("GET", api, null, null, false).body(),
				"$..[?(@.id == '" + signed + "')].pieces[?(@.outcome == 'OPENED')].signature").stream()
			.allMatch(java.util.Objects::nonNull));
		var view = JsonPath.parse(buyerVisitor.send("GET", api, null, null, false).body());
		// position 0: a PDF sealed in PAdES, intact; its signer's certificate is not in the trust folder
		assertThat(one(view, piece(signed, 0) + ".signature.status")).isEqualTo("INDETERMINATE");
		assertThat(one(view, piece(signed, 0) + ".signature.signers[0].format")).isEqualTo("PAdES");
		assertThat(one(view, piece(signed, 0) + ".signature.signers[0].checks[4].requirement")).isEqualTo("INTEGRITY");
		assertThat(one(view, piece(signed, 0) + ".signature.signers[0].checks[4].passed")).isEqualTo(true);
		// 1: the same signed PDF with one signed byte changed
		assertThat(one(view, piece(signed, 1) + ".signature.status")).isEqualTo("INVALID");
		assertThat(one(view, piece(signed, 1) + ".signature.signers[0].checks[4].passed")).isEqualTo(false);
		// 2: a spreadsheet, not read for a signature
		assertThat(one(view, piece(signed, 2) + ".signature.status")).isEqualTo("NOT_SIGNED");
		// 3 and 4: a memo and its detached « signature », which is none of the accepted formats
		assertThat(one(view, piece(signed, 4) + ".signature.status")).isEqualTo("UNSUPPORTED");
		assertThat(one(view, piece(signed, 4) + ".signature.signsPosition")).isEqualTo(3);
		assertThat(one(view, piece(signed, 3) + ".signature.status")).isEqualTo("UNSUPPORTED");
		assertThat(one(view, piece(signed, 3) + ".signature.checkedPosition")).isEqualTo(4);

		var dss = buyerVisitor.download(api + "/pieces/" + signed + "/1/signature-report?detailed=true");
		assertThat(dss.status()).isEqualTo(200);
		assertThat(new String(dss.bytes(), StandardCharsets.UTF_8)).contains("DetailedReport", "TOTAL_FAILED");
		assertThat(new String(buyerVisitor.download(api + "/pieces/" + signed + "/0/signature-report").bytes(),
				StandardCharsets.UTF_8)).contains("SimpleReport");
		assertThat(buyerVisitor.download(api + "/pieces/" + signed + "/2/signature-report").status())
			.as("no signature, no report").isEqualTo(404);
		var otherBuyer = signedIn(Buyers.appointed(accounts, organisations,
				Fixtures.newEntity(organisations, Fixtures.unique("Entité curieuse"), "75"), AgentRole.BUYER));
		assertThat(otherBuyer.download(api + "/pieces/" + signed + "/1/signature-report").status()).isEqualTo(404);

		assertThat(buyerVisitor.get("/acheteur/consultations/" + consultation + "/ouverture").body()).contains(
				"Signature invalide", "Signature indéterminée", "Non signée", "Format de signature non admis",
				"Signée par le fichier « memoire.pdf.p7s »", "Intégrité du document signé", "Rapport de validation (DSS)",
				"Télécharger le procès-verbal d’ouverture");

		// the opening report: sealed by the platform, it says who sat, what opened and what the signatures gave
		var report = buyerVisitor.download(api + "/report");
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(seals.check(report.bytes()).intact()).isTrue();
		String text;
		try (var pdf = Loader.loadPDF(report.bytes())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "); // lines wrap anywhere
		}
		assertThat(text).contains("Procès-verbal d’ouverture des plis", "Services Chloé", "lettre-modifiee.pdf",
				"Signature invalide", "contrôles non satisfaits : identité du signataire, catégorie du certificat, validité du certificat, intégrité",
				"Non signée", "Signée par le fichier « memoire.pdf.p7s »", "Plis hors délai (1)",
				"Aucune décision : le pli n’est pas ouvert.", sha256Of(signed, 0),
				// the suite does not let the platform probe itself: the hours before the deadline have no record
				"Disponibilité de la plateforme avant la date limite", "Sans relevé",
				// days after the deadline, the statement is the one chained in the evidence log, cited
				"Journal de preuve", "Relevé enregistré à l’entrée n°", "(AVAILABILITY_STATED)", "Empreinte du relevé (SHA-256)");
		assertThat(text).as("the members present").contains(view.<List<String>>read("$.session.present[*].name"));
		assertThat(otherBuyer.download(api + "/report").status()).isEqualTo(404);
	}

	private String sha256Of(UUID deposit, int position) {
		return JsonPath.<List<String>>read(signedIn(buyer).send("GET", api, null, null, false).body(),
				"$..[?(@.id == '" + deposit + "')].pieces[" + position + "].plainSha256").getFirst();
	}

	@Test
	void offersOpenAfterTheApplicationsAndOnlyTheAdmittedCandidatesOnes() throws Exception {
		var host = signedIn(members.get(0));
		var other = signedIn(members.get(1));
		var sessionKeys = OpeningKeyPairs.generate();
		var start = "{\"envelope\": \"%s\", \"sessionPublicKey\": \"" + OpeningKeyPairs.spki(sessionKeys.getPublic()) + "\"}";
		assertThat(post(host, api, start.formatted("APPLICATION")).status()).isEqualTo(201);
		join(host, members.get(0), sessionKeys);
		join(other, members.get(1), sessionKeys);
		var rebuilt = rebuilt(host, sessionKeys);
		assertThat(reason(post(other, api + "/admissions/" + first, "{\"admitted\": true}")))
			.as("nothing opened yet").isEqualTo("APPLICATION_NOT_OPENED");
		assertThat(post(host, api + "/file-keys", keys(fileKeys(rebuilt, "APPLICATION", first, second, signed))).status())
			.isEqualTo(200);
		assertThat(post(host, api + "/end", "{}").status()).isEqualTo(200);

		// the offers wait for a decision on each of the three candidatures opened (the late one does not count)
		assertThat(reason(post(host, api, start.formatted("OFFER")))).isEqualTo("ADMISSIONS_PENDING");
		assertThat(reason(post(other, api + "/admissions/" + late, "{\"admitted\": true}")))
			.isEqualTo("APPLICATION_NOT_OPENED");
		assertThat(reason(post(other, api + "/admissions/" + second, "{\"admitted\": false, \"reason\": \" \"}")))
			.as("setting aside needs a reason").isEqualTo("INVALID_REASON");
		var setAside = post(other, api + "/admissions/" + second,
				"{\"admitted\": false, \"reason\": \"Attestation d’assurance manquante\"}");
		assertThat(setAside.status()).as(setAside.body()).isEqualTo(200);
		assertThat(one(JsonPath.parse(setAside.body()), "$.deposits[?(@.id == '" + second + "')].admission.admitted"))
			.isEqualTo(false);
		assertThat(post(other, api + "/admissions/" + first, "{\"admitted\": true}").status()).isEqualTo(200);
		assertThat(reason(post(host, api + "/admissions/" + first, "{\"admitted\": false, \"reason\": \"non\"}")))
			.as("written once").isEqualTo("ALREADY_DECIDED");
		assertThat(reason(post(host, api, start.formatted("OFFER")))).isEqualTo("ADMISSIONS_PENDING");
		assertThat(post(host, api + "/admissions/" + signed, "{\"admitted\": true}").status()).isEqualTo(200);
		var buyerVisitor = signedIn(buyer);
		assertThat(buyerVisitor.send("POST", api + "/admissions/" + signed, "application/json",
				"{\"admitted\": true}".getBytes(StandardCharsets.UTF_8), true).status())
			.as("a buyer off the commission decides nothing").isEqualTo(403);

		// the offers' session: the candidature set aside keeps its offer sealed
		assertThat(post(host, api, start.formatted("OFFER")).status()).isEqualTo(201);
		join(host, members.get(0), sessionKeys);
		join(other, members.get(1), sessionKeys);
		rebuilt = rebuilt(host, sessionKeys);
		assertThat(reason(post(host, api + "/file-keys", keys(fileKeys(rebuilt, "OFFER", first, second)))))
			.isEqualTo("NOT_ADMITTED");
		var offers = JsonPath.parse(post(host, api + "/file-keys", keys(fileKeys(rebuilt, "OFFER", first))).body());
		assertThat(one(offers, piece(first, 1) + ".outcome")).isEqualTo("OPENED");
		assertThat(one(offers, piece(second, 1) + ".outcome")).isNull();
		assertThat(reason(post(host, api + "/offers-first", "{\"reason\": \"trop tard\"}"))).isEqualTo("OFFERS_STARTED");
		assertThat(buyerVisitor.get("/acheteur/consultations/" + consultation + "/ouverture").body()).contains(
				"Admission des candidatures", "candidature écartée", "Attestation d’assurance manquante",
				"candidature admise");
	}

	@Test
	void examiningTheOffersFirstLiftsTheSequence() throws Exception {
		var member = signedIn(members.get(2));
		assertThat(reason(post(member, api + "/offers-first", "{\"reason\": \"\"}"))).isEqualTo("INVALID_REASON");
		var decided = post(member, api + "/offers-first", "{\"reason\": \"Procédure ouverte : R2161-4\"}");
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
		assertThat(JsonPath.<String>read(decided.body(), "$.offersFirst.reason")).isEqualTo("Procédure ouverte : R2161-4");
		assertThat(reason(post(member, api + "/offers-first", "{\"reason\": \"encore\"}"))).isEqualTo("ALREADY_DECIDED");
		var sessionKey = OpeningKeyPairs.spki(OpeningKeyPairs.generate().getPublic());
		assertThat(post(member, api, "{\"envelope\": \"OFFER\", \"sessionPublicKey\": \"" + sessionKey + "\"}").status())
			.as("no admission needed").isEqualTo(201);
		assertThat(signedIn(buyer).get("/acheteur/consultations/" + consultation + "/ouverture").body())
			.contains("Les offres sont examinées avant les candidatures");
	}

	/** The host's browser: opens the shares of the members present and rebuilds the opening key. */
	private KeyPair rebuilt(WebVisitor host, KeyPair sessionKeys) throws Exception {
		var shares = host.send("GET", api + "/shares", null, null, false);
		assertThat(shares.status()).as(shares.body()).isEqualTo(200);
		var opened = new ArrayList<byte[]>();
		for (Object box : JsonPath.<List<Object>>read(shares.body(), "$[*].sealedShare")) {
			opened.add(JSON.convertValue(box, SealedBox.class).open(sessionKeys.getPrivate()));
		}
		return new KeyPair(OpeningFixtures.openingKeyPair().getPublic(), OpeningKeyPairs.privateKey(Shamir.combine(opened)));
	}

	@Test
	void onlyTheCommissionActsAndOnlyItAndTheBuyersRead() {
		var sessionKey = OpeningKeyPairs.spki(OpeningFixtures.memberKeyPair().getPublic());
		var start = "{\"envelope\": \"APPLICATION\", \"sessionPublicKey\": \"" + sessionKey + "\"}";
		var otherEntity = Fixtures.newEntity(organisations, Fixtures.unique("Entité voisine"), "75");
		var otherBuyer = signedIn(Buyers.appointed(accounts, organisations, otherEntity, AgentRole.BUYER));
		var otherMember = signedIn(member(otherEntity));
		var sameEntityMember = signedIn(member(entity));
		var supplier = CompanyFixtures.person(accounts, "Sam");
		var supplierVisitor = new WebVisitor(port);
		supplierVisitor.signIn(supplier.email(), CompanyFixtures.PASSWORD);
		supplierVisitor.get("/");

		for (var stranger : List.of(otherBuyer, otherMember, sameEntityMember)) {
			assertThat(stranger.send("GET", api, null, null, false).status()).isEqualTo(404);
			assertThat(post(stranger, api, start).status()).isEqualTo(404);
			assertThat(stranger.get("/acheteur/consultations/" + consultation + "/ouverture").status()).isEqualTo(404);
		}
		assertThat(supplierVisitor.send("GET", api, null, null, false).status()).isEqualTo(403);
		assertThat(post(supplierVisitor, api, start).status()).isEqualTo(403);
		assertThat(new WebVisitor(port).send("GET", api, null, null, false).status()).isEqualTo(401);

		var buyerVisitor = signedIn(buyer);
		assertThat(buyerVisitor.send("GET", api, null, null, false).status()).as("the buyers read").isEqualTo(200);
		assertThat(reason(post(buyerVisitor, api, start))).as("a buyer off the commission").isEqualTo("NOT_A_MEMBER");
		var member = signedIn(members.get(2));
		assertThat(member.send("POST", api, "application/json", start.getBytes(StandardCharsets.UTF_8), false).status())
			.as("without the CSRF token").isEqualTo(403);
		assertThat(JsonPath.<Object>read(member.send("GET", api, null, null, false).body(), "$.session"))
			.as("nothing started").isNull();

		assertThat(post(member, api, start).status()).isEqualTo(201);
		for (var stranger : List.of(otherBuyer, otherMember, sameEntityMember)) {
			assertThat(stranger.send("PUT", api + "/shares/me", "application/json",
					"{\"sealedShare\": {\"v\": 1}}".getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(404);
			assertThat(stranger.send("GET", api + "/shares", null, null, false).status()).isEqualTo(404);
			assertThat(post(stranger, api + "/end", "{}").status()).isEqualTo(404);
		}
		assertThat(supplierVisitor.send("PUT", api + "/shares/me", "application/json",
				"{\"sealedShare\": {\"v\": 1}}".getBytes(StandardCharsets.UTF_8), true).status()).isEqualTo(403);
		var view = member.send("GET", api, null, null, false);
		assertThat(JsonPath.<List<Object>>read(view.body(), "$.session.present")).as("nobody joined").isEmpty();
		assertThat(reason(post(member, api + "/late-deposits/" + first + "/decision", "{\"reason\": \"x\"}")))
			.isEqualTo("NOT_LATE");
		assertThat(reason(post(member, api + "/late-deposits/" + late + "/decision", "{\"reason\": \" \"}")))
			.isEqualTo("INVALID_REASON");
		assertThat(reason(post(member, api + "/file-keys", "{\"keys\": [{\"deposit\": \"" + first
				+ "\", \"position\": 0, \"fileKey\": \"court\"}]}"))).isEqualTo("QUORUM_NOT_REACHED");
		assertThat(member.get("/acheteur/consultations/" + consultation + "/ouverture").body())
			.contains("Séance d’ouverture", "/js/opening/session.js", "session-join-form");
	}

	/** A member's browser: opens their share with their member key, re-seals it for the session key, posts it. */
	private void join(WebVisitor visitor, Person member, KeyPair sessionKeys) throws Exception {
		var mine = visitor.send("GET", "/api/v1/me/opening-shares", null, null, false);
		Object box = JsonPath.<List<Object>>read(mine.body(),
				"$[?(@.consultation.id == '" + consultation + "')].sealedShare").getFirst();
		byte[] share = JSON.convertValue(box, SealedBox.class).open(OpeningFixtures.memberKeyPair().getPrivate());
		var resealed = JSON.writeValueAsString(SealedBox.seal(share, sessionKeys.getPublic()));
		var joined = visitor.send("PUT", api + "/shares/me", "application/json",
				("{\"sealedShare\": " + resealed + "}").getBytes(StandardCharsets.UTF_8), true);
		assertThat(joined.status()).as(joined.body()).isEqualTo(200);
		assertThat(JsonPath.<List<String>>read(joined.body(), "$.session.present[*].account"))
			.contains(member.account().toString());
	}

	/** The host's browser: unwraps each deposit's content key and derives the file keys of {@code envelope}'s pieces. */
	private List<FileKey> fileKeys(KeyPair opening, String envelope, UUID... depositIds) throws Exception {
		var view = JsonPath.parse(signedIn(members.get(0)).send("GET", api, null, null, false).body());
		var keys = new ArrayList<FileKey>();
		for (var deposit : depositIds) {
			var path = "$..[?(@.id == '" + deposit + "')]";
			String wrapped = view.<List<String>>read(path + ".wrappedKey").getFirst();
			var contentKey = ContentKeys.unwrap(Base64.getDecoder().decode(wrapped), opening.getPrivate());
			List<Map<String, Object>> pieces = view.<List<List<Map<String, Object>>>>read(path + ".pieces").getFirst();
			for (var piece : pieces) {
				if (piece.get("envelope").equals(envelope)) {
					var salt = Base64.getDecoder().decode((String) piece.get("salt"));
					keys.add(new FileKey(deposit, (Integer) piece.get("position"),
							Base64.getEncoder().encodeToString(SealedFiles.fileKey(contentKey, salt))));
				}
			}
		}
		return keys;
	}

	private static String keys(List<FileKey> keys) {
		var json = new StringBuilder("{\"keys\": [");
		for (int i = 0; i < keys.size(); i++) {
			var key = keys.get(i);
			json.append(i == 0 ? "" : ",").append("{\"deposit\": \"").append(key.deposit()).append("\", \"position\": ")
				.append(key.position()).append(", \"fileKey\": \"").append(key.fileKey()).append("\"}");
		}
		return json.append("]}").toString();
	}

	private List<Object> outcomes(WebVisitor visitor) {
		return JsonPath.read(visitor.send("GET", api, null, null, false).body(), "$..pieces[*].outcome");
	}

	private String sealedSha(WebVisitor visitor, UUID deposit, int position) {
		return JsonPath.<List<String>>read(visitor.send("GET", api, null, null, false).body(),
				"$..[?(@.id == '" + deposit + "')].pieces[" + position + "].sealedSha256").getFirst();
	}

	/** Flips one byte of a stored blob, as a tampered storage would. */
	private void alter(String sha256) throws IOException {
		var file = blobRoot.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
		file.toFile().setWritable(true);
		var bytes = Files.readAllBytes(file);
		bytes[bytes.length / 2] ^= 1;
		Files.write(file, bytes);
	}

	/** The one value a filtered path finds (JsonPath answers filters with lists). */
	private static Object one(com.jayway.jsonpath.DocumentContext json, String path) {
		List<Object> found = json.read(path);
		assertThat(found).as(path).hasSize(1);
		return found.getFirst();
	}

	private static String piece(UUID deposit, int position) {
		return "$..[?(@.id == '" + deposit + "')].pieces[" + position + "]";
	}

	/** The ceremony a buyer's browser would run: the opening private key split k of n, each share sealed for its member. */
	private void ceremony(ConsultationId id, List<Person> commission, int quorum) {
		var opening = OpeningFixtures.openingKeyPair();
		var shares = Shamir.split(opening.getPrivate().getEncoded(), commission.size(), quorum);
		var sealed = new ArrayList<Ceremony.SealedShare>();
		for (int i = 0; i < commission.size(); i++) {
			sealed.add(new Ceremony.SealedShare(commission.get(i).account(),
					OpeningFixtures.sealBox(shares.get(i), OpeningFixtures.memberKeyPair().getPublic())));
		}
		openingKeys.register(id, new Ceremony(OpeningFixtures.base64(opening.getPublic().getEncoded()), quorum, sealed));
	}

	/** Deposits an application (position 0) and an offer (1) and a second application (2). */
	private UUID deposit(CompanyFixtures.Person supplier, byte[] application, byte[] offer, byte[] more) throws IOException {
		var visitor = new WebVisitor(port);
		visitor.signIn(supplier.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var made = new DepositCalls(visitor).add(consultation, "APPLICATION", null, "piece-0.pdf", application)
			.add(consultation, "OFFER", null, "piece-1.pdf", offer)
			.add(consultation, "APPLICATION", null, "piece-2.pdf", more)
			.deposit(consultation, OpeningFixtures.openingKeyPair().getPublic(), List.of());
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		var id = UUID.fromString(JsonPath.read(made.body(), "$.id"));
		deposited.put(id, List.of(application, offer, more));
		return id;
	}

	/** An application of five pieces: a sealed PDF, the same altered, a spreadsheet, a memo and its detached file. */
	private UUID signedDeposit(CompanyFixtures.Person supplier) throws IOException {
		var sealedPdf = seals.seal(PdfSealsTest.pdf(Fixtures.unique("Lettre de candidature")), "Candidature", "Lyon");
		var altered = Arrays.copyOf(sealedPdf, sealedPdf.length);
		altered[10] ^= 1; // the header's binary comment: inside the signed range, read by no parser
		var visitor = new WebVisitor(port);
		visitor.signIn(supplier.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		var made = new DepositCalls(visitor).add(consultation, "APPLICATION", null, "lettre.pdf", sealedPdf)
			.add(consultation, "APPLICATION", null, "lettre-modifiee.pdf", altered)
			.add(consultation, "APPLICATION", null, "references.xlsx", random(1_200, 10))
			.add(consultation, "APPLICATION", null, "memoire.pdf", PdfSealsTest.pdf("Mémoire"))
			.add(consultation, "APPLICATION", null, "memoire.pdf.p7s", random(300, 11))
			.deposit(consultation, OpeningFixtures.openingKeyPair().getPublic(), List.of());
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return UUID.fromString(JsonPath.read(made.body(), "$.id"));
	}

	private Person member(PurchasingEntityId of) {
		var person = Buyers.appointed(accounts, organisations, of, AgentRole.COMMISSION_MEMBER);
		commissionKeys.register(person.account(), new NewMemberKey(
				OpeningFixtures.base64(OpeningFixtures.memberKeyPair().getPublic().getEncoded()),
				OpeningFixtures.protectedMemberKey()));
		return person;
	}

	private WebVisitor signedIn(Person person) {
		var visitor = new WebVisitor(port);
		visitor.signIn(person.email(), Buyers.PASSWORD);
		visitor.get("/");
		return visitor;
	}

	private static WebVisitor.Page post(WebVisitor visitor, String path, String json) {
		return visitor.send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), true);
	}

	/** The problem's reason, or {@code null} when the answer is not a refusal. */
	private static String reason(WebVisitor.Page page) {
		if (page.status() < 400 || !page.body().contains("\"reason\"")) {
			return null;
		}
		return JsonPath.read(page.body(), "$.reason");
	}

	private static byte[] random(int size, long seed) {
		var bytes = new byte[size];
		new Random(seed ^ System.nanoTime()).nextBytes(bytes);
		return bytes;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
