package fr.openmarches.award;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import fr.openmarches.company.CompanyService;
import fr.openmarches.company.CompanyView;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.PlatformProperties;
import fr.openmarches.signature.PdfSeals;

/**
 * The letters of a decision and the requests for documents, sent electronically: each is a message
 * in the company's space (with its PDF, sealed by the platform) and a mail to every member of the
 * company who may sign in, announcing it with a link. The mail does not carry the letter: the letter
 * is notified when a member first opens it on the platform, the date the buyer sees.
 *
 * <p>The letters are in French, the language of the procedure, whatever the reader's language.
 */
@Component
class Letters {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");

	private final Messages messages;

	private final Mailer mailer;

	private final CompanyService companies;

	private final AccountService accounts;

	private final PdfSeals seals;

	private final PlatformProperties platform;

	Letters(Messages messages, Mailer mailer, CompanyService companies, AccountService accounts, PdfSeals seals,
			PlatformProperties platform) {
		this.messages = messages;
		this.mailer = mailer;
		this.companies = companies;
		this.accounts = accounts;
		this.seals = seals;
		this.platform = platform;
	}

	/** The award notification to the winner, and a rejection letter to every other bidder of the lot. */
	void awarded(ConsultationDetails consultation, Decision decision, List<Criterion> criteria, List<Ranking.Row> ranking,
			Map<UUID, Bid> bids, AccountId by, Instant now) {
		var standstill = Standstill.endsOn(consultation.procedure(), now);
		var winner = ranking.stream().filter(r -> r.deposit().equals(decision.deposit())).findFirst().orElseThrow();
		var ranked = ranking.stream().filter(Ranking.Row::ranked).count();
		for (var row : ranking) {
			var bid = bids.get(row.deposit());
			var award = row.deposit().equals(decision.deposit());
			var kind = award ? MessageKind.AWARD : MessageKind.REJECTION;
			var subject = (award ? "Notification d’attribution" : "Rejet de votre offre") + " — " + reference(consultation, decision.lot());
			var letter = new LetterDocument(award ? "Notification d’attribution" : "Lettre de rejet (information des candidats évincés)");
			header(letter, consultation, decision.lot(), bid, now);
			String body;
			if (award) {
				body = "Votre offre est retenue. Montant : " + euros(decision.amount()) + " HT ; note : " + decision.total() + "/100.";
				letter.paragraph("Nous avons l’honneur de vous informer que votre offre est retenue : le marché vous est attribué.")
					.field("Montant de l’offre", euros(decision.amount()) + " HT")
					.field("Note obtenue", decision.total() + " / 100 (rang " + row.rank() + ")");
			}
			else {
				body = row.excluded() ? "Votre offre n’est pas retenue : elle a été écartée. Motif : " + row.excludedReason()
						: "Votre offre n’est pas retenue. Rang " + rank(row, ranked) + " ; note : " + total(row)
								+ " ; attributaire : " + decision.companyName() + " (" + decision.total() + "/100).";
				letter.paragraph("Nous avons le regret de vous informer que votre offre n’est pas retenue.");
				letter.heading("Motifs du rejet");
				if (row.excluded()) {
					letter.paragraph("Votre offre a été écartée sans être classée : " + row.excludedReason());
				}
				else if (!row.ranked()) {
					letter.paragraph("Votre offre n’a pas pu être classée : elle n’a pas obtenu de note à chaque critère annoncé.");
				}
				else {
					letter.paragraph("Au regard des critères d’attribution annoncés, votre offre est classée au rang "
							+ rank(row, ranked) + " avec une note de " + total(row)
							+ ". Elle n’est pas l’offre économiquement la plus avantageuse.");
				}
				letter.heading("Offre retenue");
				letter.field("Attributaire", decision.companyName())
					.field("Note de l’attributaire", decision.total() + " / 100")
					.field("Montant de l’offre retenue", euros(decision.amount()) + " HT");
				letter.heading("Caractéristiques et avantages relatifs de l’offre retenue (notes par critère)");
				for (int i = 0; i < criteria.size(); i++) {
					var c = criteria.get(i);
					letter.field(c.label() + " (" + c.weight() + " %, sur " + c.maxScore().stripTrailingZeros().toPlainString() + ")",
							"votre offre : " + score(row.score(i)) + " — offre retenue : " + score(winner.score(i)));
				}
			}
			standstill(letter, standstill);
			if (!award) {
				letter.paragraph("Vous pouvez, avant la signature du marché, saisir le juge du référé précontractuel "
						+ "(article L551-1 du code de justice administrative).");
			}
			send(new CompanyMessage(UUID.randomUUID(), consultation.id(), decision.lot(), bid.company(), bid.deposit(), kind,
					subject, body, true, null, standstill, now, null, null), letter.render(), by);
		}
	}

	/** To every bidder of the lot: it is declared unsuccessful, and why. */
	void unsuccessful(ConsultationDetails consultation, Decision decision, List<Bid> bids, AccountId by, Instant now) {
		for (var bid : bids) {
			var letter = new LetterDocument("Déclaration d’infructuosité");
			header(letter, consultation, decision.lot(), bid, now);
			letter.paragraph("Nous vous informons que la procédure est déclarée infructueuse pour ce lot.")
				.heading("Motif")
				.paragraph(decision.reason());
			send(new CompanyMessage(UUID.randomUUID(), consultation.id(), decision.lot(), bid.company(), bid.deposit(),
					MessageKind.UNSUCCESSFUL, "Lot déclaré infructueux — " + reference(consultation, decision.lot()),
					"Le lot est déclaré infructueux. Motif : " + decision.reason(), true, null, null, now, null, null),
					letter.render(), by);
		}
	}

	CompanyMessage documentRequest(ConsultationDetails consultation, int lot, Bid bid, String text, Instant replyBy,
			AccountId by, Instant now) {
		var message = new CompanyMessage(UUID.randomUUID(), consultation.id(), lot, bid.company(), bid.deposit(),
				MessageKind.DOCUMENT_REQUEST, "Demande de pièces — " + reference(consultation, lot),
				text + "\n\nÀ fournir avant le " + TIME.format(replyBy.atZone(LegalTime.ZONE)) + ".", false, replyBy, null,
				now, null, null);
		send(message, null, by);
		return message;
	}

	/** To the holder of an awarded lot: the contract to sign on the platform. */
	CompanyMessage contract(ConsultationDetails consultation, Decision decision, String fileName, AccountId by, Instant now) {
		var message = new CompanyMessage(UUID.randomUUID(), consultation.id(), decision.lot(), decision.company(),
				decision.deposit(), MessageKind.CONTRACT, "Marché à signer — " + reference(consultation, decision.lot()),
				"Le marché (« " + fileName + " ») vous est transmis pour signature électronique. Téléchargez-le, signez-le "
						+ "(PAdES, ou une signature détachée CAdES ou XAdES) et déposez le fichier signé sur cette page.",
				false, null, null, now, null, null);
		send(message, null, by);
		return message;
	}

	private void header(LetterDocument letter, ConsultationDetails consultation, int lot, Bid bid, Instant now) {
		letter.field("Acheteur", consultation.entity().displayName())
			.field("Consultation", consultation.reference() + " — " + consultation.title())
			.field("Lot", lot == 0 ? "lot unique" : lot + " — " + consultation.lots().stream()
				.filter(l -> l.number() == lot).map(ConsultationDetails.LotView::title).findFirst().orElse(""))
			.field("Destinataire", bid.companyName() + (bid.siren() == null ? "" : " (SIREN " + bid.siren() + ")"))
			.field("Pli", bid.number())
			.field("Date d’envoi", TIME.format(now.atZone(LegalTime.ZONE)));
	}

	private static void standstill(LetterDocument letter, LocalDate endsOn) {
		letter.heading("Délai de suspension");
		if (endsOn == null) {
			letter.paragraph("La procédure adaptée n’impose pas de délai de suspension avant la signature du marché.");
		}
		else {
			letter.paragraph("Conformément à l’article R2182-1 du code de la commande publique, le marché ne peut être signé "
					+ "avant l’expiration d’un délai de " + Standstill.ELECTRONIC_DAYS
					+ " jours à compter de l’envoi électronique de la présente décision, soit pas avant le "
					+ DAY.format(endsOn.plusDays(1)) + ".");
		}
	}

	private void send(CompanyMessage message, byte[] pdf, AccountId by) {
		var sealed = pdf == null ? null : seals.seal(pdf, message.subject(), platform.baseUrl().toString());
		messages.save(message, sealed, by);
		var company = companies.find(message.company()).orElseThrow();
		var link = platform.link("/mon-espace/messages/" + message.id());
		var members = company.members().stream().filter(m -> !m.locked()).map(CompanyView.MemberView::account).toList();
		accounts.findAll(members).values().stream().filter(a -> !a.locked()).forEach(account -> mailer.send(account.email(),
				"award/message", Locale.FRENCH, Map.of("subject", message.subject(), "company", company.name(), "link", link,
						"letter", message.letter())));
	}

	static String reference(ConsultationDetails consultation, int lot) {
		return consultation.reference() + (lot == 0 ? "" : " lot " + lot);
	}

	private static String rank(Ranking.Row row, long ranked) {
		return row.rank() == null ? "—" : row.rank() + (row.tied() ? " ex æquo" : "") + " sur " + ranked;
	}

	private static String total(Ranking.Row row) {
		return row.total() == null ? "—" : row.total() + "/100";
	}

	private static String score(BigDecimal score) {
		return score == null ? "—" : score.stripTrailingZeros().toPlainString();
	}

	static String euros(BigDecimal amount) {
		return amount == null ? "—" : NumberFormat.getCurrencyInstance(Locale.FRANCE).format(amount);
	}
}
