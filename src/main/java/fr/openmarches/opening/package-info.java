/**
 * Opening: the opening commission of each consultation and its opening key, made before
 * publication so that bids are sealed for a key nobody holds alone.
 *
 * <p><b>Member keys.</b> A commission member (an agent with
 * {@code organisation.AgentRole.COMMISSION_MEMBER}) makes, once, a personal RSA-OAEP 3072 key pair in
 * their browser ({@code /acheteur/cle-de-commission}). The browser protects the PKCS#8 private key
 * with a passphrase the member chooses (PBKDF2-SHA256 600 000 iterations + AES-256-GCM, see
 * {@code docs/sealing.md}), offers it as a file and sends the public key and that box to
 * {@link fr.openmarches.opening.CommissionKeys}: kept in the member's account, so that they can open
 * from any machine, and useless without the passphrase the server never sees. A key is replaced only
 * while it seals no share of a consultation still to be opened (draft, published, closed): a new key
 * could not open those shares, and nobody but the member could re-seal them.
 *
 * <p><b>Ceremony.</b> On a draft, a buyer of the entity ({@code /acheteur/consultations/{id}/commission})
 * chooses n members with a member key and a quorum k (1 ≤ k ≤ n, a majority proposed). Their browser
 * makes the consultation's opening key pair, splits the private key into n Shamir shares (k rebuild
 * it), seals each share for its member's public key, sends
 * {@link fr.openmarches.opening.Ceremony} to {@link fr.openmarches.opening.OpeningKeys} and forgets
 * the private key. The server checks the members (active commission members of the consultation's
 * entity, once each, with a key), the counts and the key, and keeps the public key, its SHA-256
 * fingerprint, the quorum and the sealed shares. Before publication a new ceremony replaces the old;
 * after, never: bids are sealed for that key. A publication reading the key and a ceremony replacing
 * it lock the commission row, so one waits for the other. Each ceremony recorded publishes
 * {@link fr.openmarches.opening.CommissionKeyRecorded} (fingerprint, quorum, number of members;
 * never a share), which the evidence log chains.
 *
 * <p><b>Publication needs it.</b> The consultation module declares
 * {@code consultation.OpeningKeyCheck}, which this module implements
 * ({@code OpeningKeyRegister}): the draft misses {@code Requirement.OPENING_KEY} until the ceremony
 * took place. So {@code opening} depends on {@code consultation}, never the reverse.
 *
 * <p><b>Opening session.</b> Once the consultation is closed, {@link fr.openmarches.opening.OpeningDesk}
 * runs the sitting of docs/sealing.md (« Opening session »): a member (the host) starts an
 * {@code OpeningSession} for one envelope with the session public key their browser made; members
 * join with their share re-sealed for it (the server holds them and cannot open them); with the
 * quorum present the host fetches them, rebuilds the opening key in their tab and hands the file keys
 * ({@link fr.openmarches.opening.FileKey}) of the envelope's pieces only. {@code PieceCheck} reads
 * each stored sealed blob once, judging its SHA-256 against the manifest's, then the opening with
 * the file key, then the plaintext's SHA-256: a {@link fr.openmarches.opening.PieceOutcome} per piece
 * ({@code PieceResult}). An opened piece's file key is kept wrapped under the platform key
 * ({@code WrappedFileKeys}, {@link fr.openmarches.opening.OpeningProperties}); buyers read it
 * decrypted on the fly ({@link fr.openmarches.opening.OpenedPiece}). Late deposits wait for a
 * {@code LateDecision}. The first piece opened moves the consultation to {@code OPENED}.
 *
 * <p><b>What a piece is.</b> {@link fr.openmarches.opening.SealedDeposit.Origin} tells, once a piece
 * opened, whether it is the company's DUME response (XML or PDF) or a copy of a vault document; the
 * page labels it so. A deposit's {@link fr.openmarches.opening.SealedDeposit.Reference}s (« dites-le-nous
 * une fois ») are shown once its candidature opened and read through
 * {@link fr.openmarches.opening.OpeningDesk#referencedPiece}: the earlier deposit's opened piece,
 * the earlier consultation being of the same purchasing entity.
 *
 * <p><b>Sequence.</b> Offers open after the candidatures, and only the admitted ones': a member
 * records an {@code Admission} per candidature once its application pieces went through the opening;
 * an offers' session waits for all of them, and a set-aside deposit's offer keys are refused. An
 * {@code OffersFirst} decision (art. R2161-4) lifts the sequence.
 *
 * <p><b>Signatures.</b> Each batch of pieces opened publishes {@link fr.openmarches.opening.PiecesOpened};
 * {@code SignatureChecks} listens (after the request, kept by the event publication registry) and
 * checks each piece with {@code signature.SignatureVerifier}: a detached signature file against the
 * piece it names, a PDF, XML or {@code .p7m} alone, other files not signed. The verdict
 * ({@link fr.openmarches.opening.SignatureStatus}), signers, checks and DSS's reports are kept
 * ({@code PieceSignature}) and shown per piece.
 *
 * <p><b>Report.</b> {@link fr.openmarches.opening.OpeningDesk#report} renders the procès-verbal
 * d'ouverture ({@code OpeningReport}, on {@code platform.PdfPageFlow}) from the record, with the
 * platform's availability before the deadline ({@link fr.openmarches.opening.DeadlineAvailability},
 * declared here, implemented by {@code evidence}, which depends on this module), and seals it with
 * {@code signature.PdfSeals}.
 *
 * <p><b>Deposits without depending on submission.</b> {@code submission} already depends on this
 * module (for the opening key), so the deposits to open come through
 * {@link fr.openmarches.opening.SealedDeposits}, declared here and implemented there.
 *
 * <p><b>Backup copies.</b> {@link fr.openmarches.opening.BackupCopies}: copies received on paper or a
 * physical medium are registered with their time of receipt; one received in time is opened by a
 * commission member only in a case of art. R2132-11 that the electronic deposit bears out (none or
 * late; a piece that failed to open; a deposit in time, for malware), with the reason, once.
 *
 * <p><b>Code.</b> Demonstration data and tests, which have no browser, make the same result in Java
 * and hand it to {@link fr.openmarches.opening.OpeningKeys#register}, under the same checks.
 *
 * <p>Pages: {@code /acheteur/cle-de-commission}, {@code /acheteur/consultations/{id}/commission}
 * (and its {@code /resume}, which the consultation's buyer page loads). JSON:
 * {@code GET/PUT /api/v1/me/commission-key}, {@code GET /api/v1/me/opening-shares} (the member's own
 * shares only), {@code GET/PUT /api/v1/buyer/consultations/{id}/commission} (the consultation's
 * buyers), {@code GET /api/v1/consultations/{id}/opening-key} (public once published),
 * {@code /api/v1/buyer/consultations/{id}/opening-session} (and {@code /shares/me}, {@code /shares},
 * {@code /file-keys}, {@code /late-deposits/{deposit}/decision}, {@code /admissions/{deposit}},
 * {@code /offers-first}, {@code /end}, {@code /references/{deposit}/{index}}, {@code /pieces/{deposit}/{position}}
 * and its {@code /signature-report}, {@code /report}), {@code /api/v1/buyer/consultations/{id}/backup-copies}
 * (and {@code /{copy}/opening}). Page {@code /acheteur/consultations/{id}/ouverture}. Scripts:
 * {@code /js/opening/member-key.js}, {@code ceremony.js}, {@code shares.js}, {@code session.js}, on
 * top of {@code /js/sealed/keys.js} and {@code sealed-file.js}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Opening")
package fr.openmarches.opening;
