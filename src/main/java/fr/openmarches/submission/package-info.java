/**
 * Submission: companies' bids (sealed deposits). This first slice is the transport: the
 * resumable upload of deposit files that the browser or the CLI has already encrypted — the
 * server never sees plaintext, and treats the bodies as opaque bytes.
 *
 * <p>{@link fr.openmarches.submission.UploadDesk}: a company member opens an upload
 * ({@code POST /api/v1/uploads}: consultation, total size, chunk size of 1 to 64 MiB, label), sends
 * the chunks in any order, each with its SHA-256 ({@code PUT /api/v1/uploads/{id}/chunks/{index}}),
 * reads what arrived to resume after a cut ({@code GET /api/v1/uploads/{id}}), then completes
 * ({@code POST /api/v1/uploads/{id}/completion}): the chunks are joined, in order, into one blob of
 * the platform's {@link fr.openmarches.platform.BlobStore}, whose address is the SHA-256 of the
 * whole ciphertext. Bodies stream to disk and into the blob: memory does not grow with the file.
 * A chunk is checked (length, hash) in a temporary file before it is renamed into place and its row
 * written; nothing of a refused chunk is kept. Uploads still open after
 * {@code openmarches.submission.abandon-after} without a chunk are purged ({@code AbandonedUploads},
 * {@code skip locked}, safe with several instances).
 *
 * <p>An upload belongs to the company of the member who opened it: its members may read and
 * continue it (one colleague takes over from another, a CLI runs under another account of the
 * company); for every other company it does not exist (404). Uploads are accepted after the
 * deposit deadline (the consultation is then closed): a late deposit is kept and marked late,
 * never refused (DESIGN §4.6); once the consultation is opened or decided, no new upload opens.
 *
 * <p>{@code receipt}: the deposit receipt as a PDF ({@code ReceiptDocument}, from a
 * {@code ReceiptContent}: French or English, Paris times, embedded DejaVu fonts, a banner when the
 * deposit is late), sealed by {@link fr.openmarches.signature.PdfSeals} ({@code SealedReceipts});
 * see {@code docs/receipts.md}.
 *
 * <p>Next: deposits with envelopes and lots, which take completed uploads; client-side encryption
 * (AES-256-GCM chunks, keys wrapped for the opening key, in the browser and the CLI); the deposit
 * manifest (files, sizes, plaintext and ciphertext SHA-256); its hash timestamped through
 * {@link fr.openmarches.signature.Timestamps} and chained into
 * {@link fr.openmarches.evidence.EvidenceLog}; the receipt's mail; the late flag and the
 * deposit register; API tokens for the CLI.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Submission")
package fr.openmarches.submission;
