/**
 * Sealing: the cryptography of sealed bids, the Java side of what the supplier's browser does in
 * {@code static/js/sealed/} (formats and reasons in {@code docs/sealing.md}; a browser test proves
 * each side opens what the other sealed).
 *
 * <p><b>What it offers.</b> Plain static methods and records, no Spring beans, no state:
 * <ul>
 * <li>{@link fr.openmarches.sealing.SealedFiles}: seals and opens files in the OMS1 format
 * (AES-256-GCM in chunks, index and last-chunk flag in each nonce), streaming in constant memory;
 * returns sizes and SHA-256 of both sides for the manifest, and throws
 * {@link fr.openmarches.sealing.SealBrokenException} on a wrong key, altered, reordered, truncated or
 * extended data. {@code fileKey} and {@code openWithFileKey} open one file from its own key, which
 * is all the opening session hands the server: it opens that file and no other, and does not give
 * back the deposit's content key.</li>
 * <li>{@link fr.openmarches.sealing.ChunkSealer}: the same, one chunk at a time, for a client that
 * sends each sealed chunk as it is made and re-seals only what a cut lost (the command-line client).</li>
 * <li>{@link fr.openmarches.sealing.ContentKeys}: a deposit's 32-byte content key, wrapped with
 * RSA-OAEP-SHA256 under the consultation's opening public key; the SPKI fingerprint.</li>
 * <li>{@link fr.openmarches.sealing.OpeningKeyPairs}: RSA 3072 key pairs, and reading the browser's.</li>
 * <li>{@link fr.openmarches.sealing.SealedBox}: bytes of any length sealed for an RSA key holder
 * (a commission member's share of the opening key).</li>
 * <li>{@link fr.openmarches.sealing.PassphraseBox}: bytes under a passphrase (PBKDF2, AES-GCM).</li>
 * <li>{@link fr.openmarches.sealing.Shamir}: k-of-n split and combine of the opening private key,
 * byte-compatible with npm {@code shamir-secret-sharing}.</li>
 * <li>{@link fr.openmarches.sealing.CertificateChains}: whether a timestamp authority's certificate
 * chains up to a trust anchor — shared by the server's token checks and the command-line verifier.</li>
 * </ul>
 *
 * <p><b>Why here and not only in the browser.</b> The server never needs these to receive a bid: it
 * stores ciphertext. Java needs them to check the format end to end, to open bids at the opening
 * session from the file keys the host's browser derives (the opening key itself stays in the
 * browser), and to make demo data and test fixtures where no browser runs.
 *
 * <p><b>Dependencies.</b> The JDK's JCA only (HKDF is written out in {@code Hkdf}, Java 21 lacks it);
 * no other module of the platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sealing")
package fr.openmarches.sealing;
