/**
 * Signature: the platform's signing identity and RFC 3161 timestamps.
 *
 * <p><b>Keys.</b> On first start the platform creates a PKCS#12 file
 * ({@code openmarches.signature.key-store}, readable by its owner only) holding two key pairs:
 * the <em>platform</em> key with a self-signed certificate, the anchor of everything the platform
 * signs (receipts), and the <em>timestamp authority</em> key with a certificate issued by
 * the platform certificate and carrying only the critical {@code id-kp-timeStamping} extended key
 * usage (RFC 3161 §2.3 forbids a timestamping key to sign anything else). Both are EC P-256 keys
 * signing with ECDSA-SHA256: the same 128-bit security level as RSA-3072 (ANSSI RGS B1, ETSI TS
 * 119 312), with keys generated in milliseconds on first start and in tests, and 64-byte
 * signatures; EU DSS, PDF readers and {@code openssl ts} all verify them.
 *
 * <p><b>Timestamps.</b> {@link fr.openmarches.signature.Timestamps#stamp} returns a checked
 * {@link fr.openmarches.signature.TimestampToken} on a SHA-256 hash. By default the built-in
 * authority stamps in-process (BouncyCastle's {@code TimeStampResponseGenerator}, SHA-256, time
 * from the injected {@link java.time.Clock}, random 127-bit serial numbers, unique without
 * coordinating instances). With {@code openmarches.signature.tsa-url} set, a DER
 * {@code application/timestamp-query} is posted to that authority (e.g. a qualified one) and its
 * reply must be granted, stamp the same hash, echo the request's random nonce and be signed by a
 * valid timestamping certificate that chains to the configured trust anchor. Any failure —
 * unreachable, HTTP error, timeout, refusal, garbage, another hash, bad signature — is a
 * {@link fr.openmarches.signature.TimestampException} with its
 * {@link fr.openmarches.signature.TimestampException.Reason reason}: nothing is ever recorded as
 * stamped when it is not. {@link fr.openmarches.signature.Timestamps#verify} checks a kept token
 * the same way. RFC 3161 because it is the standard every verifier knows (eIDAS qualified
 * timestamps, PAdES/CAdES, {@code openssl ts}); SHA-256 because it is the hash the rest of the
 * platform already uses (blobs, manifests) and every TSA accepts.
 *
 * <p><b>Sealed PDFs.</b> {@link fr.openmarches.signature.PdfSeals#seal} signs a PDF the platform
 * issues (deposit receipts) as PAdES-BASELINE-T with EU DSS: an invisible CAdES-detached signature
 * by the platform key, whose signature timestamp DSS obtains through {@link
 * fr.openmarches.signature.Timestamps} (so the built-in or the external authority, with the same
 * checks). PAdES because the proof travels inside the one file the supplier keeps and every PDF
 * reader and validator knows it; level T because the timestamp, not the server's claim, dates the
 * signature. {@link fr.openmarches.signature.PdfSeals#check} validates offline with DSS's default
 * policy (ETSI EN 319 102-1), trusting only the platform's two certificates and the configured
 * {@code tsa-trust-anchor}, fetching nothing (no AIA, CRL, OCSP), and also refuses a file with
 * bytes added after the signature; it answers a {@link fr.openmarches.signature.SealCheck}.
 *
 * <p><b>Suppliers' signatures.</b> {@link fr.openmarches.signature.SignatureVerifier} verifies a
 * signed piece (PAdES PDF, or a piece and its detached CAdES {@code .p7s} / XAdES file) with EU
 * DSS's default policy and answers a {@link fr.openmarches.signature.PieceVerdict}: DSS's
 * indication, per signature the signer, issuer, qualification, format and level, signing time, the
 * five checks of the arrêté du 22 mars 2019 (identity, category, format, status at signing time,
 * integrity) with message keys, and DSS's simple and detailed reports. Trust comes only from
 * {@code verification.trust-folder} (CA certificates and CRL files); CRL, OCSP and AIA are fetched
 * online within a timeout unless {@code verification.online} is false. See docs/signatures.md.
 *
 * <p><b>Over HTTP.</b> The built-in authority also answers {@code POST /tsa}
 * ({@code application/timestamp-query} → {@code application/timestamp-reply}), described in the
 * OpenAPI document, so that other platforms and tools can use it. Signed-in people check a signed
 * file themselves at {@code /verification-signature} ({@code web.SignatureCheckPages}) and
 * {@code POST /api/v1/signatures/verification} ({@code web.SignatureCheckApi}), 50 MB at most,
 * nothing kept; not anonymously, since checking fetches the addresses the certificates name.
 *
 * <p>Settings: {@code openmarches.signature.*} ({@code key-store}, {@code key-store-password},
 * {@code name}, {@code tsa-url}, {@code tsa-timeout}, {@code tsa-trust-anchor},
 * {@code tsa-policy}), {@code openmarches.signature.verification.*} ({@code trust-folder},
 * {@code online}, {@code timeout}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signature")
package fr.openmarches.signature;
