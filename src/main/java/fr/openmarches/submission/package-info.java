/**
 * Submission: companies' bids (sealed deposits, plis), from the bytes on the wire to the receipt.
 * The server never sees plaintext: the browser ({@code /js/deposit/deposit.js}) or the CLI seals
 * each file (format OMS1, docs/sealing.md) under a fresh content key per deposit, wrapped for the
 * consultation's opening key.
 *
 * <p><b>Transport.</b> {@link fr.openmarches.submission.UploadDesk}: a company member opens an upload
 * ({@code POST /api/v1/uploads}: consultation, total size, chunk size of 1 to 64 MiB, label), sends
 * the chunks in any order, each with its SHA-256 ({@code PUT /api/v1/uploads/{id}/chunks/{index}}),
 * reads what arrived to resume after a cut ({@code GET /api/v1/uploads/{id}}), then completes
 * ({@code POST /api/v1/uploads/{id}/completion}): the file becomes one blob of the platform's
 * {@link fr.openmarches.platform.BlobStore}. Chunks are joined into the upload's whole file as they
 * arrive, in order ({@code JoinedChunks}: each at its own offset, checked again, one joiner at a
 * time per upload), so completion only joins what is left and links the file into the blob store
 * ({@code BlobStore#putFile}): at a deadline it no longer copies every byte again. Bodies stream:
 * memory does not grow with the file. Uploads still open after {@code openmarches.submission.abandon-after} without a chunk
 * are purged ({@code AbandonedUploads}, {@code skip locked}). A sealed chunk of the file is exactly
 * an upload chunk, so a resumed upload seals and sends only the chunks missing. When the platform's
 * storage fails (disk full), the chunk or the completion answers 507 with a translated message and
 * {@code Retry-After}; nothing half-written stays, what was stored before is intact, and the
 * client resumes later.
 *
 * <p><b>Deposits.</b> {@link fr.openmarches.submission.DepositDesk#deposit} takes completed uploads
 * ({@code POST /api/v1/consultations/{id}/deposits}, {@link fr.openmarches.submission.DepositRequest}):
 * checked against the consultation ({@code DepositRules}: lots, envelopes, names, hashes, sealing
 * parameters, the sealed size each upload must have), then in one transaction each upload goes
 * into the deposit, the {@code Manifest} (canonical JSON, kept as its exact bytes) is hashed,
 * timestamped and chained into the {@link fr.openmarches.evidence.EvidenceLog}, the company's
 * earlier deposit in time becomes {@link fr.openmarches.submission.DepositStatus#SUPERSEDED}, and
 * {@link fr.openmarches.submission.DepositReceived} is registered. A deposit finalised after the
 * deadline is kept and marked {@link fr.openmarches.submission.DepositStatus#LATE}; it replaces
 * nothing. The time of reception is the time of finalisation, every byte being stored by then.
 * A piece may be a copy of a document of the company's {@link fr.openmarches.vault.Vault}: the
 * page reads the ticked documents and seals them like the other files; the piece names the vault
 * version ({@code vaultVersion}), which must be the company's, in the candidature envelope, with
 * the same SHA-256 and size; the deposit and the manifest record its type, title and validity.
 * Likewise the company's DUME response ({@code espdResponse}, module {@code dume}) goes into the
 * candidature envelope in place of DC1/DC2: the page fetches its XML and PDF, seals them, and the
 * server checks them against {@link fr.openmarches.dume.EspdResponses#depositCopy} (the company's,
 * this consultation's, the bytes as saved) and records response, version and form. The opening
 * module learns what each piece copies ({@link fr.openmarches.opening.SealedDeposit.Origin}).
 * « Dites-le-nous une fois »: a deposit may also reference ({@code references}) a valid vault
 * version (the current one or an earlier one) that an earlier deposit of the company to a consultation of the same purchasing entity
 * holds as a piece the opening opened ({@link fr.openmarches.opening.OpeningDesk#opened}); no file
 * is sent, and after opening the buyer reads that earlier opened copy
 * ({@link fr.openmarches.opening.OpeningDesk#referencedPiece}), never the vault. The deposit page
 * offers, per vault document, its latest version that may be referenced.
 *
 * <p><b>Receipts.</b> {@code Receipts} listens to {@code DepositReceived}: it renders the receipt
 * from the manifest ({@code receipt.ReceiptDocument}: French or English, Paris times, embedded
 * DejaVu fonts, a banner when late), has the platform seal it ({@code receipt.SealedReceipts} with
 * {@link fr.openmarches.signature.PdfSeals}, PAdES with a timestamp; docs/receipts.md), stores it and mails it to
 * the depositor, attached. The event registry runs it again after a crash, and
 * {@code UnissuedReceipts} issues, every {@code openmarches.submission.receipt-retry}, the receipts
 * whose issuing failed ({@code skip locked}); the deposit is locked while its receipt is recorded,
 * so it is recorded and mailed once.
 *
 * <p><b>Timestamp authority down.</b> When no timestamp can be had at deposit, the deposit is
 * received all the same, chained into the evidence log without a token and marked
 * {@code timestampPending} (pages, register and CSV, API views); its receipt is provisional
 * (« horodatage en attente », sealed PAdES-B) and mailed. {@code PendingTimestamps} retries on
 * schedule ({@code skip locked}, back-off from {@code openmarches.submission.timestamp-retry} up
 * to 30 minutes, the platform's clock), stamps the same manifest hash once the authority is back,
 * chains it as a {@code DEPOSIT_TIMESTAMPED} entry and registers
 * {@link fr.openmarches.submission.DepositTimestamped}, from which {@code Receipts} issues and mails
 * the final receipt (docs/receipts.md).
 *
 * <p><b>Probe deposits.</b> {@link fr.openmarches.submission.DepositDesk#probeDeposit}
 * ({@code POST /api/v1/consultations/{id}/probe-deposits}) is for the availability probe of the
 * evidence module only ({@link fr.openmarches.evidence.ProbeAccounts}: its account, its test
 * consultation; anyone else 403): the request is checked as a deposit's, the uploads (marked
 * {@code probe} when the probe opened them; they cannot go into an ordinary deposit) are locked,
 * the manifest made and its hash timestamped through {@link fr.openmarches.signature.Timestamps}
 * (the authority down: answered {@code timestamped: false}, not refused), the uploads deleted in the
 * same transaction, then their files and blobs ({@link fr.openmarches.platform.BlobStore#delete}).
 * No number, no deposit row, no evidence entry, no event, no receipt, no mail
 * ({@link fr.openmarches.submission.ProbeDepositView}). {@code AbandonedUploads} purges probe
 * uploads a crash left (older than 10 minutes), blobs included.
 *
 * <p><b>Who sees what.</b> A deposit, its manifest and its receipt belong to the company
 * ({@code /api/v1/me/deposits}, {@code /mon-espace/depots}); for every other company they do not
 * exist (404). The consultation's buyers read the {@link fr.openmarches.submission.DepositRegister}
 * ({@code /acheteur/consultations/{id}/depots}, {@code GET /api/v1/buyer/consultations/{id}/deposits}):
 * who, when, how much, late or replaced — never content nor file names. The workstation check
 * ({@code /verification-poste}) tests WebCrypto, upload speed and clock skew.
 *
 * <p><b>Opening.</b> {@code DepositsToOpen} implements {@link fr.openmarches.opening.SealedDeposits}:
 * the deposits that count and the late ones, as their manifests state them, for the opening session.
 *
 * <p>Next: signatures checked at opening (issue 6).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submission")
package fr.openmarches.submission;
