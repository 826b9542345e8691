package fr.openmarches.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import fr.openmarches.Fixtures;
import fr.openmarches.MutableClock;
import fr.openmarches.WebVisitor;
import fr.openmarches.company.CompanyFixtures;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.Buyers;
import fr.openmarches.consultation.ConsultationFixtures;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.NewConsultation;
import fr.openmarches.consultation.ProcedureType;
import fr.openmarches.identity.AccountService;
import fr.openmarches.opening.FileKey;
import fr.openmarches.opening.OpeningDesk;
import fr.openmarches.opening.OpeningFixtures;
import fr.openmarches.opening.SealedDeposits;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.sealing.ContentKeys;
import fr.openmarches.sealing.OpeningKeyPairs;
import fr.openmarches.sealing.SealedFiles;
import org.springframework.context.ApplicationContext;

/**
 * An open tender whose offers are opened, built in Java as the browsers would: a buyer, two companies
 * each depositing one offer, the deadline passed (moved clock), and the commission's single member
 * (quorum 1, {@link OpeningFixtures}) opening the offers through {@link OpeningDesk} with file keys
 * derived from the opening private key.
 */
public final class AwardFixtures {

	/** An opened consultation, its buyer, and the two companies' members and deposits. */
	public record Opened(PurchasingEntityId entity, ConsultationId consultation, Buyers.Person buyer,
			CompanyFixtures.Person first, String firstCompany, UUID firstDeposit, CompanyFixtures.Person second,
			String secondCompany, UUID secondDeposit) {
	}

	private AwardFixtures() {
	}

	public static Opened closed(ApplicationContext context, int port) throws Exception {
		var organisations = context.getBean(OrganisationService.class);
		var accounts = context.getBean(AccountService.class);
		var consultations = context.getBean(ConsultationService.class);
		var companies = context.getBean(CompanyService.class);
		var clock = context.getBean(MutableClock.class);
		var entity = Fixtures.newEntity(organisations, Fixtures.unique("Entité de l’attribution"), "75");
		var buyer = Buyers.appointed(accounts, organisations, entity, AgentRole.BUYER);
		var d = ConsultationFixtures.newConsultation(entity, Fixtures.unique("Entretien des espaces verts"),
				clock.instant().plus(Duration.ofDays(10)));
		var openTender = new NewConsultation(d.entity(), d.reference(), d.title(), d.object(), ProcedureType.OPEN_TENDER,
				d.category(), d.mainCpv(), d.additionalCpv(), d.lots(), d.department(), d.estimatedValue(),
				d.questionsDeadline(), d.depositDeadline(), d.signatureRequired(), d.envelopes(), d.restricted(),
				d.defenceOrSecurity(), d.utilities(), d.test());
		var consultation = consultations.draft(openTender);
		ConsultationFixtures.publish(consultations, consultation);
		var first = CompanyFixtures.person(accounts, "Aurélie");
		var firstCompany = Fixtures.unique("Jardins Aurélie");
		CompanyFixtures.company(companies, first, firstCompany);
		var second = CompanyFixtures.person(accounts, "Bastien");
		var secondCompany = Fixtures.unique("Paysages Bastien");
		CompanyFixtures.company(companies, second, secondCompany);
		var firstDeposit = deposit(port, consultation, first, "Offre d’Aurélie");
		var secondDeposit = deposit(port, consultation, second, "Offre de Bastien");
		clock.advance(Duration.ofDays(11));
		ConsultationFixtures.applyDue(context);
		assertThat(consultations.summaries(List.of(consultation)).get(consultation).state()).isEqualTo(ConsultationState.CLOSED);
		return new Opened(entity, consultation, buyer, first, firstCompany, firstDeposit, second, secondCompany, secondDeposit);
	}

	/** {@link #closed}, then the offers opened by the commission. */
	public static Opened opened(ApplicationContext context, int port) throws Exception {
		var opened = closed(context, port);
		open(context, opened);
		return opened;
	}

	/** The commission's member opens every offer of the consultation. */
	public static void open(ApplicationContext context, Opened opened) throws Exception {
		var desk = context.getBean(OpeningDesk.class);
		var member = desk.view(opened.buyer().account(), opened.consultation()).commission().getFirst().account();
		var sessionKey = OpeningFixtures.memberKeyPair().getPublic();
		desk.start(member, opened.consultation(), Envelope.OFFER, OpeningKeyPairs.spki(sessionKey));
		desk.join(member, opened.consultation(), OpeningFixtures.sealBox(new byte[] { 1 }, sessionKey));
		var keys = new ArrayList<FileKey>();
		for (var deposit : context.getBean(SealedDeposits.class).toOpen(opened.consultation())) {
			var contentKey = ContentKeys.unwrap(Base64.getDecoder().decode(deposit.wrappedKey()),
					OpeningFixtures.openingKeyPair().getPrivate());
			for (var piece : deposit.pieces()) {
				if (piece.envelope() == Envelope.OFFER) {
					keys.add(new FileKey(deposit.id(), piece.position(), Base64.getEncoder()
						.encodeToString(SealedFiles.fileKey(contentKey, Base64.getDecoder().decode(piece.salt())))));
				}
			}
		}
		desk.open(member, opened.consultation(), keys);
		desk.end(member, opened.consultation());
		assertThat(context.getBean(ConsultationService.class).summaries(List.of(opened.consultation()))
			.get(opened.consultation()).state()).isEqualTo(ConsultationState.OPENED);
	}

	private static UUID deposit(int port, ConsultationId consultation, CompanyFixtures.Person supplier, String text) {
		var visitor = new WebVisitor(port);
		visitor.signIn(supplier.email(), CompanyFixtures.PASSWORD);
		visitor.get("/");
		try {
			var made = new fr.openmarches.submission.DepositCalls(visitor)
				.add(consultation, "OFFER", null, "offre.pdf", ("%PDF-1.7 " + text).getBytes(StandardCharsets.UTF_8))
				.deposit(consultation, OpeningFixtures.openingKeyPair().getPublic(), List.of());
			assertThat(made.status()).as(made.body()).isEqualTo(201);
			return UUID.fromString(JsonPath.read(made.body(), "$.id"));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	public static WebVisitor signedIn(int port, String email, String password) {
		var visitor = new WebVisitor(port);
		visitor.signIn(email, password);
		visitor.get("/");
		return visitor;
	}
}
