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
import java.util.concurrent.Semaphore;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
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
 * A deposit received while the timestamp authority was down gets a provisional receipt (marked
 * « horodatage en attente », sealed without a timestamp), then, on {@link DepositTimestamped}, the
 * final one, mailed again.
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

	@PersistenceContext
	private EntityManager entityManager;

	private final Semaphore issuing = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors()), true);

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

	// Not @ApplicationModuleListener: that would hold a transaction, and so a connection, while the
	// PDF is made and sealed. At a deadline a thousand receipts wait at once; each reads and records
	// in short transactions of its own and seals with no connection held, and only a few are made
	// at a time (sealing is CPU work): the deposits still arriving get the connections first, their
	// receipts follow in turn.
	@Async
	@TransactionalEventListener
	void on(DepositReceived received) throws InterruptedException {
		inTurn(() -> issue(received.deposit()));
	}

	@Async
	@TransactionalEventListener
	void on(DepositTimestamped timestamped) throws InterruptedException {
		inTurn(() -> issueFinal(timestamped.deposit()));
	}

	private void inTurn(Runnable work) throws InterruptedException {
		issuing.acquire();
		try {
			work.run();
		}
		finally {
			issuing.release();
		}
	}

	/**
	 * Issues the receipt of {@code id} unless it exists already. While its timestamp is pending the
	 * receipt is provisional: marked so, dated by the platform's clock, sealed without a timestamp.
	 */
	boolean issue(DepositId id) {
		var draft = transactions.execute(status -> {
			var deposit = deposits.findById(id.value()).orElseThrow();
			if (deposit.receiptSha256() != null) {
				return null;
			}
			var pending = deposit.timestampPending() || deposit.timestampedAt() != null;
			var stampedAt = pending ? null
					: evidence.entry(deposit.view().evidenceSequence()).orElseThrow().timestamp().time().toString();
			return new Draft(deposit.view(), content(deposit, stampedAt, pending, null), deposit.locale(), pending);
		});
		if (draft == null) {
			return false;
		}
		var pdf = draft.pending() ? receipts.issueProvisional(draft.content(), draft.locale())
				: receipts.issue(draft.content(), draft.locale());
		var stored = store(pdf);
		return Boolean.TRUE.equals(transactions.execute(status -> {
			var fresh = locked(id);
			if (!fresh.receiptIssued(stored.id().sha256(), clock.instant())) {
				return false;
			}
			var mail = mailer.render(draft.content().depositorEmail(), "submission/receipt", draft.locale(),
					mailModel(draft.view(), draft.content(), draft.locale(), Map.entry("pending", draft.pending())));
			mailer.send(mail.with(new Mail.Attachment("accuse-reception-" + draft.view().number() + ".pdf", "application/pdf", pdf)));
			return true;
		}));
	}

	/**
	 * Issues the final receipt of a deposit whose timestamp was had after it (once the provisional
	 * one exists), and mails it; issuing it again changes nothing.
	 */
	void issueFinal(DepositId id) {
		var deposit = transactions.execute(status -> deposits.findById(id.value()).orElseThrow());
		if (deposit.finalReceiptIssued() || deposit.timestampedAt() == null) {
			return;
		}
		if (deposit.receiptSha256() == null) {
			issue(id); // the provisional receipt first: the supplier is told both times
		}
		var draft = transactions.execute(status -> {
			var stamped = deposits.findById(id.value()).orElseThrow();
			return new Draft(stamped.view(), content(stamped, stamped.timestampedAt().toString(), false,
					stamped.timestampSequence()), stamped.locale(), false);
		});
		var view = draft.view();
		var content = draft.content();
		var locale = draft.locale();
		var pdf = receipts.issue(content, locale);
		var stored = store(pdf);
		var timestampedAt = deposit.timestampedAt();
		transactions.executeWithoutResult(status -> {
			var fresh = locked(id);
			if (!fresh.finalReceiptIssued(stored.id().sha256(), clock.instant())) {
				return;
			}
			var mail = mailer.render(content.depositorEmail(), "submission/timestamped", locale,
					mailModel(view, content, locale,
							Map.entry("timestampedAt", MAIL_TIME.format(timestampedAt.atZone(LegalTime.ZONE)))));
			mailer.send(mail.with(new Mail.Attachment("accuse-reception-definitif-" + view.number() + ".pdf",
					"application/pdf", pdf)));
		});
	}

	/** What a receipt states, read in one short transaction. */
	private record Draft(DepositView view, ReceiptContent content, Locale locale, boolean pending) {
	}

	/**
	 * The deposit locked until the transaction ends and read afresh under the lock: whoever records
	 * its receipt checks and writes in turn. Refreshed, not just queried: in a listener's
	 * transaction the deposit read at its start stays in the persistence context, and a query would
	 * hand back that stale copy, receipt still missing, after waiting for the lock.
	 */
	private Deposit locked(DepositId id) {
		var deposit = deposits.findById(id.value()).orElseThrow();
		entityManager.refresh(deposit, LockModeType.PESSIMISTIC_WRITE);
		return deposit;
	}

	private ReceiptContent content(Deposit deposit, String stampedAt, boolean pending, Long lateTimestampSequence) {
		var view = deposit.view();
		var manifest = JSON.readTree(deposit.manifest());
		var consultation = catalogue.find(view.consultation()).orElseThrow();
		return content(view, manifest, consultation.object(), consultation.depositDeadline(), stampedAt, pending,
				lateTimestampSequence);
	}

	private BlobStore.StoredBlob store(byte[] pdf) {
		try {
			return blobs.put(new ByteArrayInputStream(pdf));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@SafeVarargs
	private Map<String, Object> mailModel(DepositView view, ReceiptContent content, Locale locale,
			Map.Entry<String, ?>... more) {
		var model = new java.util.HashMap<String, Object>(Map.ofEntries(
				Map.entry("number", view.number()), Map.entry("reference", content.consultationReference()),
				Map.entry("title", content.consultationTitle()), Map.entry("buyer", content.buyerName()),
				Map.entry("company", content.companyName()), Map.entry("late", view.late()),
				Map.entry("test", view.test()),
				Map.entry("receivedAt", MAIL_TIME.format(view.receivedAt().atZone(LegalTime.ZONE))),
				Map.entry("pieceCount", view.pieces().size()), Map.entry("size", megabytes(view.plainSize(), locale)),
				Map.entry("manifestSha256", view.manifestSha256()),
				Map.entry("link", platform.link("/mon-espace/depots/" + view.id()))));
		for (var entry : more) {
			model.put(entry.getKey(), entry.getValue());
		}
		return model;
	}

	private static ReceiptContent content(DepositView view, JsonNode manifest, String object, Instant deadline,
			String stampedAt, boolean pending, Long lateTimestampSequence) {
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
				view.id().toString(), view.manifestSha256(), stampedAt, view.evidenceSequence(), pieces,
				view.backupCopy().name(), pending, lateTimestampSequence);
	}

	private static String megabytes(long bytes, Locale locale) {
		var unit = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "MB" : "Mo";
		return String.format(locale, "%.1f %s", bytes / 1_000_000.0, unit);
	}
}
