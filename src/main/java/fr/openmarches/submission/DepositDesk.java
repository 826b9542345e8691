package fr.openmarches.submission;

import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import fr.openmarches.company.CompanyId;
import fr.openmarches.company.CompanyService;
import fr.openmarches.consultation.ConsultationCatalogue;
import fr.openmarches.consultation.ConsultationDetails;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.dume.EspdResponses;
import fr.openmarches.evidence.EvidenceEntry;
import fr.openmarches.evidence.EvidenceKind;
import fr.openmarches.evidence.EvidenceLog;
import fr.openmarches.evidence.ProbeAccounts;
import fr.openmarches.identity.AccountService;
import fr.openmarches.platform.BlobId;
import fr.openmarches.opening.OpeningKey;
import fr.openmarches.opening.OpeningDesk;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.platform.BlobStore;
import fr.openmarches.sealing.SealedFiles;
import fr.openmarches.signature.TimestampException;
import fr.openmarches.signature.Timestamps;
import fr.openmarches.vault.Vault;

/**
 * Records deposits. Finalising checks the request against the consultation and the uploads, then
 * in one transaction: puts each completed upload into the deposit, writes the manifest, chains its
 * timestamped hash into the evidence log (untimestamped, the timestamp pending, when the authority
 * is down: {@code PendingTimestamps} obtains it later), marks the company's earlier deposit in time superseded
 * (a late deposit replaces nothing), and registers {@link DepositReceived}, from which the receipt
 * follows. Either all of it commits or none: a crash leaves the deposit complete, or absent with
 * its uploads intact and ready to finalise again.
 */
@Service
public class DepositDesk {

	/** Deposits are taken while published, and after the deadline too: a late deposit is kept and marked late. */
	private static final Set<ConsultationState> TAKING_DEPOSITS = Set.of(ConsultationState.PUBLISHED, ConsultationState.CLOSED);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Logger log = LoggerFactory.getLogger(DepositDesk.class);

	private final Deposits deposits;

	private final Uploads uploads;

	private final ConsultationCatalogue catalogue;

	private final CompanyService companies;

	private final AccountService accounts;

	private final OpeningKeys openingKeys;

	private final EvidenceLog evidence;

	private final Vault vault;

	private final OpeningDesk openingDesk;

	private final EspdResponses espdResponses;

	private final BlobStore blobs;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final SubmissionProperties properties;

	private final ProbeAccounts probeAccounts;

	private final Timestamps timestamps;

	private final ChunkFiles chunkFiles;

	private final Chunks chunks;

	private final Semaphore recording = new Semaphore(1, true);

	DepositDesk(Deposits deposits, Uploads uploads, ConsultationCatalogue catalogue, CompanyService companies,
			AccountService accounts, OpeningKeys openingKeys, EvidenceLog evidence, Vault vault,
			OpeningDesk openingDesk, EspdResponses espdResponses, BlobStore blobs, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			SubmissionProperties properties, ProbeAccounts probeAccounts, Timestamps timestamps, ChunkFiles chunkFiles,
			Chunks chunks) {
		this.probeAccounts = probeAccounts;
		this.timestamps = timestamps;
		this.chunkFiles = chunkFiles;
		this.chunks = chunks;
		this.deposits = deposits;
		this.uploads = uploads;
		this.catalogue = catalogue;
		this.companies = companies;
		this.accounts = accounts;
		this.openingKeys = openingKeys;
		this.evidence = evidence;
		this.vault = vault;
		this.openingDesk = openingDesk;
		this.espdResponses = espdResponses;
		this.blobs = blobs;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Finalises a deposit made of completed uploads, received at {@code arrivedAt}: when its request
	 * reached the platform ({@code RequestArrival}); null for now.
	 * @throws NoSuchElementException when the consultation is unknown or not public
	 * @throws DepositRefusedException when the request is wrong (invalid) or does not fit (conflict:
	 * the consultation no longer takes deposits, the opening key changed, an upload is in another deposit)
	 */
	public DepositView deposit(ConsultationId consultationId, Uploader depositor, Locale locale, DepositRequest request,
			Instant arrivedAt) {
		// received when the complete deposit reaches the platform, not once the platform, busy at a
		// deadline, gets round to recording it: its own queueing must not make a bidder late
		var now = (arrivedAt == null ? clock.instant() : arrivedAt).truncatedTo(ChronoUnit.MICROS);
		var consultation = catalogue.find(consultationId).orElseThrow();
		if (!takesDeposits(consultation.state())) {
			throw DepositRefusedException.conflict("submission.deposit.closed", consultation.reference());
		}
		var openingKey = openingKeys.openingKey(consultationId)
			.map(OpeningKey::fingerprint)
			.orElseThrow(() -> DepositRefusedException.conflict("submission.deposit.no-opening-key", null));
		if (request.openingKey() != null && !openingKey.equals(request.openingKey())) {
			throw DepositRefusedException.conflict("submission.deposit.opening-key-changed", null);
		}
		DepositRules.check(consultation, request);
		var company = companies.find(depositor.company()).orElseThrow();
		var person = accounts.find(depositor.account()).orElseThrow();
		var siret = company.headOffice().map(e -> e.siret().value()).orElse(null);
		var id = new DepositId(UUID.randomUUID());
		// one recording at a time in this instance: the log's head is locked from the entry to the
		// commit, and a transaction waiting for it holds a connection; at a deadline the waiters took
		// the whole pool, starving the uploads and sign-ins of the deposits still arriving
		return inTurn(() -> transactions.execute(status -> {
			deposits.lockDepositsOf(consultationId.toString(), depositor.company().value().toString());
			var pieces = new ArrayList<DepositPiece>();
			for (var piece : request.pieces()) {
				var upload = uploads.lock(piece.upload())
					.filter(u -> u.companyId().equals(depositor.company().value()))
					.filter(u -> u.consultation().equals(consultationId))
					.filter(u -> !u.probe())
					.orElseThrow(() -> DepositRefusedException.invalid("submission.deposit.unknown-upload",
							piece.fileName()));
				upload.useIn(id);
				var stored = upload.completed();
				if (stored.size() != SealedFiles.sealedSize(piece.size(), piece.chunkSize())) {
					throw DepositRefusedException.invalid("submission.deposit.sealed-size", piece.fileName());
				}
				pieces.add(new DepositPiece(piece.envelope(), piece.lot(), DepositRules.fileName(piece.fileName()),
						DepositRules.mediaType(piece.mediaType()), piece.size(), piece.plainSha256(), stored.size(),
						stored.blob().sha256(), piece.chunkSize(), piece.salt(), piece.signs(),
						vaultCopy(depositor, piece), espdCopy(depositor, consultationId, piece)));
			}
			var references = request.references().stream()
				.map(DepositRequest.Reference::vaultVersion)
				.distinct()
				.map(version -> reference(depositor, consultation, version))
				.toList();
			if (!references.isEmpty() && pieces.stream().noneMatch(p -> p.view().envelope() == Envelope.APPLICATION)) {
				throw DepositRefusedException.invalid("submission.deposit.reference-alone", null);
			}
			var late = now.isAfter(consultation.depositDeadline());
			var number = "OM-%d-%06d".formatted(Year.now(clock.withZone(PARIS)).getValue(), deposits.nextNumber());
			var lots = request.lots().stream().distinct().toList();
			var manifest = Manifest.of(new Manifest.Content(id, number, consultationId, consultation.reference(),
					consultation.title(), consultation.entity().displayName(), company.id(), company.name(), siret,
					person.id(), person.displayName(), person.email(), locale, now, late, consultation.test(), lots,
					request.backupCopy(), request.consortium(), openingKey, request.wrappedKey(), pieces,
					references));
			EvidenceEntry entry;
			boolean timestampPending = false;
			try {
				entry = evidence.append(EvidenceKind.DEPOSIT_RECEIVED, id.value(), manifest.sha256());
			}
			catch (TimestampException e) {
				// the authority is down: the deposit is received all the same, its timestamp follows
				log.warn("Deposit {} received without a timestamp, pending ({}): {}", number, e.reason(), e.getMessage());
				entry = evidence.appendAwaitingTimestamp(EvidenceKind.DEPOSIT_RECEIVED, id.value(), manifest.sha256());
				timestampPending = true;
			}
			var received = new Deposit(manifest, entry.sequence());
			if (timestampPending) {
				received.awaitTimestamp(now.plus(properties.timestampRetry()));
			}
			if (!late) {
				var others = deposits.current(consultationId.value(), depositor.company().value())
					.stream()
					.filter(other -> !other.id().equals(id))
					.toList();
				// two finalisations of one company crossing: the one that reached the platform last counts
				var later = others.stream().filter(other -> other.receivedAt().isAfter(now)).findFirst();
				if (later.isPresent()) {
					received.supersede(later.get().id(), now);
				}
				else {
					others.forEach(earlier -> earlier.supersede(id, now));
				}
			}
			var deposit = deposits.saveAndFlush(received);
			events.publishEvent(new DepositReceived(id, number, consultationId, depositor.company(), now, late,
					consultation.test()));
			return deposit.view();
		}));
	}

	/**
	 * A probe deposit of the availability probe (docs/evidence.md, "Availability"): checked like a
	 * deposit (the consultation takes deposits, the opening key, {@code DepositRules}, each upload
	 * complete and of its sealed size), its manifest made and its hash timestamped, in one
	 * transaction that locks the uploads and deletes them; then their files and blobs are deleted.
	 * No number, no deposit row, no evidence entry, no receipt, no mail, no event: the probe's own
	 * record is the evidence. A timestamp authority down does not fail it: {@code timestamped} says so.
	 * @throws NoSuchElementException when the consultation is unknown or not public
	 * @throws DepositRefusedException FORBIDDEN unless {@code depositor} is the probe's account and
	 *         the consultation its test consultation ({@link ProbeAccounts}); INVALID or CONFLICT as
	 *         {@link #deposit}
	 */
	public ProbeDepositView probeDeposit(ConsultationId consultationId, Uploader depositor, DepositRequest request) {
		if (!probeAccounts.isProbe(depositor.account(), consultationId)) {
			throw DepositRefusedException.forbidden("submission.deposit.probe-only");
		}
		var consultation = catalogue.find(consultationId).orElseThrow();
		if (!consultation.test() || !takesDeposits(consultation.state())) {
			throw DepositRefusedException.conflict("submission.deposit.closed", consultation.reference());
		}
		var openingKey = openingKeys.openingKey(consultationId)
			.map(OpeningKey::fingerprint)
			.orElseThrow(() -> DepositRefusedException.conflict("submission.deposit.no-opening-key", null));
		if (request.openingKey() != null && !openingKey.equals(request.openingKey())) {
			throw DepositRefusedException.conflict("submission.deposit.opening-key-changed", null);
		}
		if (!request.references().isEmpty()) {
			throw DepositRefusedException.invalid("submission.deposit.reference-unknown", null);
		}
		DepositRules.check(consultation, request);
		var company = companies.find(depositor.company()).orElseThrow();
		var person = accounts.find(depositor.account()).orElseThrow();
		var id = new DepositId(UUID.randomUUID());
		var removed = new ArrayList<CompletedUpload>();
		var view = transactions.execute(status -> {
			var pieces = new ArrayList<DepositPiece>();
			for (var piece : request.pieces()) {
				if (piece.vaultVersion() != null || piece.espdResponse() != null) {
					throw DepositRefusedException.invalid("submission.deposit.unknown-upload", piece.fileName());
				}
				var upload = uploads.lock(piece.upload())
					.filter(u -> u.companyId().equals(depositor.company().value()))
					.filter(u -> u.consultation().equals(consultationId))
					.filter(Upload::probe)
					.orElseThrow(() -> DepositRefusedException.invalid("submission.deposit.unknown-upload",
							piece.fileName()));
				upload.useIn(id);
				var stored = upload.completed();
				if (stored.size() != SealedFiles.sealedSize(piece.size(), piece.chunkSize())) {
					throw DepositRefusedException.invalid("submission.deposit.sealed-size", piece.fileName());
				}
				pieces.add(new DepositPiece(piece.envelope(), piece.lot(), DepositRules.fileName(piece.fileName()),
						DepositRules.mediaType(piece.mediaType()), piece.size(), piece.plainSha256(), stored.size(),
						stored.blob().sha256(), piece.chunkSize(), piece.salt(), piece.signs(), null, null));
				removed.add(stored);
				chunks.deleteAllOf(upload.id().value());
				uploads.delete(upload);
			}
			var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
			var manifest = Manifest.of(new Manifest.Content(id, ProbeDepositView.NUMBER, consultationId,
					consultation.reference(), consultation.title(), consultation.entity().displayName(), company.id(),
					company.name(), null, person.id(), person.displayName(), person.email(), Locale.FRENCH, now,
					false, true, request.lots().stream().distinct().toList(), request.backupCopy(),
					request.consortium(), openingKey, request.wrappedKey(), pieces, List.of()));
			String timestampError = null;
			try {
				timestamps.stamp(manifest.sha256());
			}
			catch (TimestampException e) {
				// the reason only: the answer is recorded and shown on /transparence
				log.warn("Probe deposit not timestamped ({}): {}", e.reason(), e.getMessage());
				timestampError = String.valueOf(e.reason());
			}
			uploads.flush();
			return new ProbeDepositView(consultationId.value(), now, pieces.size(), manifest.sha256Hex(),
					timestampError == null, timestampError);
		});
		for (var upload : removed) {
			try {
				chunkFiles.remove(upload.upload());
				blobs.delete(upload.blob());
			}
			catch (IOException e) {
				// the purge job (AbandonedUploads) sweeps stray files; the blob stays, unreferenced
				log.warn("Probe upload {} not fully deleted: {}", upload.upload(), e.getMessage());
			}
		}
		return view;
	}

	private <T> T inTurn(java.util.function.Supplier<T> work) {
		try {
			recording.acquire();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting to record a deposit", e);
		}
		try {
			return work.get();
		}
		finally {
			recording.release();
		}
	}

	/**
	 * What a piece copied from the company's vault is a copy of: a version of the company's, in the
	 * candidature envelope, whose bytes the client says it sealed (the plaintext hash, checked again
	 * at opening against the opened bytes).
	 */
	private DepositView.VaultCopy vaultCopy(Uploader depositor, DepositRequest.Piece piece) {
		if (piece.vaultVersion() == null) {
			return null;
		}
		var document = vault.documentWithVersion(depositor.company(), piece.vaultVersion())
			.orElseThrow(() -> DepositRefusedException.invalid("submission.deposit.vault-unknown", piece.fileName()));
		var version = document.versions().stream().filter(v -> v.id().equals(piece.vaultVersion())).findFirst()
			.orElseThrow();
		if (piece.envelope() != Envelope.APPLICATION) {
			throw DepositRefusedException.invalid("submission.deposit.vault-envelope", piece.fileName());
		}
		if (!version.sha256().equalsIgnoreCase(piece.plainSha256()) || version.size() != piece.size()) {
			throw DepositRefusedException.invalid("submission.deposit.vault-changed", piece.fileName());
		}
		return new DepositView.VaultCopy(version.id(), document.type().name(), document.title(), version.validUntil());
	}

	/**
	 * What a piece that is the company's DUME response is: a response of the company's, to this
	 * consultation, in the candidature envelope, whose XML or PDF as saved the client says it sealed.
	 */
	private DepositView.EspdCopy espdCopy(Uploader depositor, ConsultationId consultation, DepositRequest.Piece piece) {
		if (piece.espdResponse() == null) {
			return null;
		}
		if (piece.vaultVersion() != null) {
			throw DepositRefusedException.invalid("submission.deposit.espd-vault", piece.fileName());
		}
		var copy = espdResponses.depositCopy(depositor.company(), piece.espdResponse())
			.orElseThrow(() -> DepositRefusedException.invalid("submission.deposit.espd-unknown", piece.fileName()));
		if (!copy.consultation().equals(consultation)) {
			throw DepositRefusedException.invalid("submission.deposit.espd-consultation", piece.fileName());
		}
		if (piece.envelope() != Envelope.APPLICATION) {
			throw DepositRefusedException.invalid("submission.deposit.espd-envelope", piece.fileName());
		}
		var form = copy.formOf(piece.plainSha256(), piece.size())
			.orElseThrow(() -> DepositRefusedException.invalid("submission.deposit.espd-changed", piece.fileName()));
		return new DepositView.EspdCopy(copy.response(), copy.savedAt(), form.name());
	}

	/**
	 * A vault document referenced instead of sent again (« dites-le-nous une fois »): a version of the
	 * company's vault, still valid today, that an earlier deposit of the company to a consultation of
	 * the same purchasing entity holds as a piece which the opening opened. That opened copy is what
	 * the buyer will read; a document never given to this buyer is refused.
	 */
	private DepositView.Reference reference(Uploader depositor, ConsultationDetails consultation, UUID version) {
		if (version == null) {
			throw DepositRefusedException.invalid("submission.deposit.reference-unknown", null);
		}
		var document = vault.documentWithVersion(depositor.company(), version)
			.orElseThrow(() -> DepositRefusedException.invalid("submission.deposit.reference-unknown", null));
		var copied = document.versions().stream().filter(v -> v.id().equals(version)).findFirst().orElseThrow();
		var today = java.time.LocalDate.ofInstant(clock.instant(), PARIS);
		if (copied.validUntil() != null && copied.validUntil().isBefore(today)) {
			throw DepositRefusedException.invalid("submission.deposit.reference-expired", document.title());
		}
		return earlierOpenedCopies(depositor.company(), version)
			.filter(found -> !found.deposit().consultation().equals(consultation.id()))
			.filter(found -> catalogue.find(found.deposit().consultation())
				.map(earlier -> earlier.entity().id().equals(consultation.entity().id()))
				.orElse(false))
			.findFirst()
			.map(found -> {
				var piece = found.deposit().pieces().get(found.position());
				return new DepositView.Reference(version, document.type().name(), document.title(), copied.validUntil(),
						found.deposit().consultation().value(), found.deposit().id().value(), found.position(),
						found.deposit().number(), piece.fileName(), piece.mediaType());
			})
			.orElseThrow(() -> DepositRefusedException.invalid("submission.deposit.reference-not-given", document.title()));
	}

	/** The pieces of the company's deposits that copy {@code version} and were opened, latest deposit first. */
	private java.util.stream.Stream<Copy> earlierOpenedCopies(CompanyId company, UUID version) {
		return deposits.holdingVaultVersion(company.value(), version).stream()
			.map(Deposit::view)
			.flatMap(view -> java.util.stream.IntStream.range(0, view.pieces().size())
				.filter(position -> view.pieces().get(position).vault() != null
						&& version.equals(view.pieces().get(position).vault().version()))
				.filter(position -> openingDesk.opened(view.id().value(), position))
				.mapToObj(position -> new Copy(view, position)));
	}

	private record Copy(DepositView deposit, int position) {
	}

	/**
	 * The documents of the company's vault it may reference in a deposit to {@code consultation}
	 * instead of sending them again: still valid, given to the same purchasing entity in an earlier
	 * deposit, opened. One per document: its latest version that qualifies, which may be an earlier
	 * one than the current (a newer version, e.g. a Kbis extract uploaded since, never given to this
	 * buyer, does not hide the one the buyer already holds).
	 */
	public List<DepositView.Reference> referenceable(Uploader depositor, ConsultationId consultationId) {
		var consultation = catalogue.find(consultationId).orElseThrow();
		return transactions.execute(status -> vault.documents(depositor.account()).stream()
			.flatMap(document -> document.versions().stream() // latest first
				.flatMap(version -> {
					try {
						return java.util.stream.Stream.of(reference(depositor, consultation, version.id()));
					}
					catch (DepositRefusedException notOffered) {
						return java.util.stream.Stream.empty();
					}
				})
				.limit(1))
			.toList());
	}

	/** Whether the consultation takes deposits now (late ones included). */
	public static boolean takesDeposits(ConsultationState state) {
		return TAKING_DEPOSITS.contains(state);
	}

	/** The company's deposits, newest first. */
	public Page<DepositView> depositsOf(CompanyId company, int page, int size) {
		return transactions.execute(status -> deposits
			.findByCompanyIdOrderByReceivedAtDesc(company.value(), PageRequest.of(page, size))
			.map(Deposit::view));
	}

	/** One of the company's deposits; another company's does not exist. */
	public Optional<DepositView> find(DepositId id, CompanyId company) {
		return transactions.execute(status -> deposits.findByIdAndCompanyId(id.value(), company.value()).map(Deposit::view));
	}

	/** The manifest's exact bytes, whose SHA-256 the evidence log stamped; for the deposit's company only. */
	public Optional<byte[]> manifest(DepositId id, CompanyId company) {
		return transactions.execute(status -> deposits.findByIdAndCompanyId(id.value(), company.value())
			.map(Deposit::manifest));
	}

	/**
	 * The signed receipt (PDF) of one of the company's deposits, once issued.
	 * @throws NoSuchElementException when the company has no such deposit or the receipt is not issued yet
	 */
	public InputStream receipt(DepositId id, CompanyId company) throws IOException {
		var sha256 = transactions.execute(status -> deposits.findByIdAndCompanyId(id.value(), company.value())
			.map(Deposit::receiptSha256)
			.orElse(null));
		if (sha256 == null) {
			throw new NoSuchElementException("No receipt for deposit " + id);
		}
		return blobs.open(new BlobId(sha256));
	}
}
