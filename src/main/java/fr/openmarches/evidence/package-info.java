/**
 * Evidence: the hash-chained log of what the platform must be able to prove later.
 *
 * <p>{@link fr.openmarches.evidence.EvidenceLog#append} takes a kind
 * ({@link fr.openmarches.evidence.EvidenceKind}, e.g. {@code DEPOSIT_RECEIVED}), the id of its
 * subject and the SHA-256 of the canonical record (e.g. a deposit's manifest); it has that hash
 * timestamped (RFC 3161, through {@link fr.openmarches.signature.Timestamps}) and appends an
 * {@link fr.openmarches.evidence.EvidenceEntry} whose hash covers the previous entry's hash and
 * every field, the token included (encoding in {@code EntryHash}):
 * {@code entry_hash = SHA-256(previous_hash ‖ 0x01 ‖ sequence ‖ recorded_at ‖ kind ‖ subject ‖ payload_sha256 ‖ token)}.
 * So an entry removed, inserted, reordered or altered breaks the chain from that point, and
 * {@link fr.openmarches.evidence.EvidenceLog#verify()} names the first broken link
 * ({@link fr.openmarches.evidence.ChainReport}); it also checks each token's signature and that it
 * stamps the entry's payload hash.
 *
 * <p><b>Several instances.</b> Appending locks the one row of {@code evidence.head}
 * ({@code select … for update}) within the transaction that inserts the entry: one writer at a
 * time, sequence numbers without gaps (a rolled-back append takes its number with it), never a
 * fork (the sequence is the primary key, each previous hash is unique). The timestamp is obtained
 * before the lock, so the token's time may trail the entry before by the authority's latency;
 * {@code recorded_at} is the platform clock under the lock.
 *
 * <p><b>Limits.</b> Someone who can write to the database could rewrite the whole chain from an
 * entry on, head included. What makes that show is publishing the head outside the database:
 * daily roots (timestamped, mailed or published) are the next step of this module.
 *
 * <p>Why: SHA-256 is the platform's hash everywhere (blobs, manifests, RFC 3161 imprints); a
 * linear hash chain is the simplest structure whose every entry commits to all before it, and it
 * is checked by a reader with a dozen lines of code. RFC 3161 tokens on each payload date it by an
 * authority independent of the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package fr.openmarches.evidence;
