package fr.openmarches.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.notification.Mail;
import fr.openmarches.notification.Mailer;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.platform.LegalTime;
import fr.openmarches.platform.PlatformProperties;
import fr.openmarches.submission.receipt.ReceiptContent;
import fr.openmarches.submission.receipt.SealedReceipts;

/**
 * Issues the receipt of each deposit as soon as it is recorded: a PDF stating what the law asks
 * (who deposited, for which buyer and consultation, when, each document with its size and hash),
 * signed by the platform (PAdES, timestamped), kept in the blob store and mailed to the depositor.
 * Everything it states comes from the manifest the evidence log stamped. Should the platform stop
 * before it is issued, the event registry runs this again on restart; issuing twice mails once.
 */
@Component
class Receipts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter MAIL_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

	private final Deposits deposits;

	private final ConsultationCatalogue catalogue;

	private final EvidenceLog evidence;

	private final SealedReceipts receipts;

	private final BlobStore blobs;

	private final Mailer mailer;

	private final PlatformProperties platform;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Receipts(Deposits deposits, ConsultationCatalogue catalogue, EvidenceLog evidence, SealedReceipts receipts, BlobStore blobs,
			Mailer mailer, PlatformProperties platform, TransactionTemplate transactions, Clock clock) {
		this.deposits = deposits;
		this.catalogue = catalogue;
		this.evidence = evidence;
		this.receipts = receipts;
		this.blobs = blobs;
		this.mailer = mailer;
		this.platform = platform;
		this.transactions = transactions;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DepositReceived received) {
		issue(received.deposit());
	}

	/** Issues the receipt of {@code id} unless it exists already. */
	void issue(DepositId id) {
		var deposit = transactions.execute(status -> deposits.findById(id.value()).orElseThrow());
		if (deposit.receiptSha256() != null) {
			return;
		}
		var view = deposit.view();
		var manifest = JSON.readTree(deposit.manifest());
		var consultation = catalogue.find(view.consultation()).orElseThrow();
		var entry = evidence.entry(view.evidenceSequence()).orElseThrow();
		var content = content(view, manifest, consultation.object(), consultation.depositDeadline(),
				entry.timestamp().time());
		var pdf = receipts.issue(content, deposit.locale());
		BlobStore.StoredBlob stored;
		try {
			stored = blobs.put(new ByteArrayInputStream(pdf));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		transactions.executeWithoutResult(status -> {
			var fresh = deposits.findById(id.value()).orElseThrow();
			if (!fresh.receiptIssued(stored.id().sha256(), clock.instant())) {
				return;
			}
			var locale = deposit.locale();
			var mail = mailer.render(content.depositorEmail(), "submission/receipt", locale, Map.ofEntries(
					Map.entry("number", view.number()), Map.entry("reference", content.consultationReference()),
					Map.entry("title", content.consultationTitle()), Map.entry("buyer", content.buyerName()),
					Map.entry("company", content.companyName()), Map.entry("late", view.late()),
					Map.entry("test", view.test()),
					Map.entry("receivedAt", MAIL_TIME.format(view.receivedAt().atZone(LegalTime.ZONE))),
					Map.entry("pieceCount", view.pieces().size()), Map.entry("size", megabytes(view.plainSize(), locale)),
					Map.entry("manifestSha256", view.manifestSha256()),
					Map.entry("link", platform.link("/mon-espace/depots/" + view.id()))));
			mailer.send(mail.with(new Mail.Attachment("accuse-reception-" + view.number() + ".pdf", "application/pdf", pdf)));
		});
	}

	private static ReceiptContent content(DepositView view, JsonNode manifest, String object, Instant deadline,
			Instant stampedAt) {
		var pieces = new ArrayList<ReceiptContent.Piece>();
		for (var piece : view.pieces()) {
			pieces.add(new ReceiptContent.Piece(piece.envelope().name(), piece.lot() == null ? null : String.valueOf(piece.lot()),
					piece.fileName(), piece.size(), piece.plainSha256(), piece.sealedSha256()));
		}
		var company = manifest.get("company");
		var depositor = manifest.get("depositor");
		var consultation = manifest.get("consultation");
		return new ReceiptContent(view.number(), depositor.get("name").asString(), depositor.get("email").asString(),
				company.get("name").asString(), company.has("siret") ? company.get("siret").asString() : null,
				consultation.get("buyer").asString(), consultation.get("reference").asString(),
				consultation.get("title").asString(), object, view.receivedAt(), view.late(), deadline,
				view.id().toString(), view.manifestSha256(), stampedAt.toString(), view.evidenceSequence(), pieces,
				view.backupCopy().name());
	}

	private static String megabytes(long bytes, Locale locale) {
		var unit = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "MB" : "Mo";
		return String.format(locale, "%.1f %s", bytes / 1_000_000.0, unit);
	}
}
