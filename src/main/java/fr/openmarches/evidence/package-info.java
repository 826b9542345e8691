/**
 * Evidence: the hash-chained log of what the platform must be able to prove later, its daily
 * timestamped heads, and the verification of deposit receipts against it (docs/evidence.md).
 *
 * <p><b>Entries.</b> {@link fr.openmarches.evidence.EvidenceLog#append} takes a deposit's manifest
 * hash (kind {@code DEPOSIT_RECEIVED}, called by the submission module while it finalises the
 * deposit), has it timestamped (RFC 3161, through {@link fr.openmarches.signature.Timestamps}) and
 * appends an {@link fr.openmarches.evidence.EvidenceEntry}. When the authority is down the submission module appends the
 * deposit without a token ({@link fr.openmarches.evidence.EvidenceLog#appendAwaitingTimestamp}),
 * then, once it is back, a {@code DEPOSIT_TIMESTAMPED} entry with the token on the same hash:
 * entries are never changed. {@code EventEntries} listens to the
 * other modules' past-tense events (opening key ceremony recorded; consultation published, changed, closed, opened, awarded,
 * unsuccessful, cancelled; DCE downloaded; question asked; answer published) and appends each fact
 * with its statement: canonical JSON (RFC 8785, strings only; {@code Statement}) holding ids, times
 * and counts, never bid content nor texts people wrote, whose SHA-256 is the payload hash. Those
 * entries carry no token of their own: the day's head covers them. Each entry's hash covers the
 * previous entry's hash and every field ({@code EntryHash}):
 * {@code entry_hash = SHA-256(previous_hash ‖ 0x01 ‖ sequence ‖ recorded_at ‖ kind ‖ subject ‖ payload_sha256 ‖ token)}.
 * {@link fr.openmarches.evidence.EvidenceLog#verify()} walks the chain and names the first broken
 * link ({@link fr.openmarches.evidence.ChainReport}).
 *
 * <p><b>Daily heads.</b> {@link fr.openmarches.evidence.DailyHeads} takes, at midnight (Europe/Paris),
 * the log's last entry and has its hash timestamped; a next-check time in {@code evidence.stamping}
 * (checked every minute by {@code HeadStamping}, locked with {@code skip locked}) says when, like the
 * other schedulers. Heads are shown on {@code /transparence} and served as open data
 * ({@code /api/v1/evidence/heads}, {@code .csv}, {@code /api/v1/evidence/entries}).
 *
 * <p><b>Verification.</b> {@link fr.openmarches.evidence.ReceiptVerification} takes a receipt PDF
 * (its seal checked, its deposit data read from the document information) or its data, finds the
 * deposit's entry, recomputes the chain to the first daily head covering it and verifies that
 * head's token; {@link fr.openmarches.evidence.Verification} says each step ({@code /verifier},
 * {@code POST /api/v1/evidence/verification}).
 *
 * <p><b>Availability.</b> {@link fr.openmarches.evidence.Availability} probes the platform once a
 * minute (a slot; {@code AvailabilityProbing}, disable-able): database query, blob store write and
 * read of a fixed blob, a file written and read in the deposit upload directory, and an HTTP GET of
 * the instance's own web server ({@code AvailabilityProbe}); each check timed, the probe UP,
 * DEGRADED (a check slower than the threshold) or DOWN (a check failed), recorded in
 * {@code evidence.availability_probe}/{@code availability_check}. One probe per slot across
 * instances: {@code insert … on conflict (slot_start) do nothing}.
 * {@link fr.openmarches.evidence.Availability#statement} and
 * {@link fr.openmarches.evidence.Availability#beforeDeadline} give an
 * {@link fr.openmarches.evidence.AvailabilityStatement}: merged periods, slots without a probe
 * UNKNOWN, shares. Shown on {@code /transparence} (last 24 h, SVG timeline and table), served by
 * {@code GET /api/v1/evidence/availability} and {@code GET /api/v1/consultations/{id}/availability}.
 * The {@code deposit} check is a real deposit over HTTP to the instance's own port
 * ({@code ProbeDeposit}): with the probe's API token, on its test consultation, an upload, one chunk
 * sealed in OMS1 ({@code sealing}), completion, then {@code POST /api/v1/consultations/{id}/probe-deposits}
 * (submission's probe mode: checked, manifest timestamped, deleted; no number, no deposit, no entry,
 * no receipt, no mail). A timestamp authority down makes it pass with a note: DEGRADED. Over HTTP
 * because {@code submission} depends on this module, not the reverse; {@link fr.openmarches.evidence.ProbeAccounts}
 * tells submission who the probe is. What it deposits with ({@code ProbeSetup}: entity, commission
 * member and key, opening-key ceremony, test consultation, unlisted company, account, token) is made
 * once at first use under an advisory lock and kept in {@code evidence.availability_probe_setup};
 * it lives here, not in a module of its own, because this module may already depend on
 * {@code organisation}, {@code identity}, {@code company}, {@code opening}, {@code consultation}
 * and {@code sealing} (none of them depends on it).
 *
 * <p><b>Availability statements, chained.</b> {@link fr.openmarches.evidence.AvailabilityStatements}
 * records the statement of a consultation's deposit deadline once the deadline has settled (two
 * probe intervals after it; a probe ending later than one interval after its slot is dropped): an
 * {@code AVAILABILITY_STATED} entry whose statement is the availability statement in canonical
 * JSON, one per consultation and deadline (subject UUIDv3 of both; {@code EvidenceLog#recordOnce}
 * checks and appends under the log's lock; a unique index). The probing instance states the
 * deadlines closed in the last 7 days ({@code CONSULTATION_CLOSED} entries) at each poll; asking
 * for one states it too. The opening report ({@code OpeningAvailability}, implementing
 * {@link fr.openmarches.opening.DeadlineAvailability}) and {@code GET /api/v1/consultations/{id}/availability}
 * read it back from the entry and cite it (sequence, entry hash, statement hash).
 *
 * <p><b>Outage-driven deadline extension.</b> {@link fr.openmarches.evidence.DeadlineExtensions}:
 * when the availability statement of the last hour before a consultation's deadline shows a
 * period not UP, its buyer may extend the deadline (reopening it if it closed and is not opened);
 * the rule's facts and the decision go into {@code evidence.deadline_extension} and a
 * {@code DEADLINE_EXTENDED} entry, in the transaction that moves the deadline
 * ({@code /acheteur/consultations/{id}/prolongation-panne},
 * {@code /api/v1/buyer/consultations/{id}/deadline-extension}; docs/evidence.md). A request extends
 * the deadline it saw (the form's hidden field, the API's optional {@code currentDeadline}, else
 * the one found on arrival); decisions on one consultation are serialised by a transaction-scoped
 * advisory lock, so of two buyers deciding at the same moment the second finds the deadline moved
 * and is refused (409 {@code evidence.extension.changed}); a unique index on the previous deadline
 * and the consultation's version back it.
 *
 * <p><b>Several instances.</b> Appending locks the one row of {@code evidence.head}
 * ({@code select … for update}) within the transaction that inserts the entry: one writer at a
 * time, sequence numbers without gaps, never a fork. A fact delivered twice by the event
 * publication registry is chained once.
 *
 * <p><b>Limits.</b> The database refuses updates and deletes of entries and heads (a trigger), but
 * its owner or a superuser can bypass that and rewrite the chain from an entry on: what makes it
 * show is the daily head, timestamped by an authority and published outside the database, and the
 * verifier anyone can run against it.
 *
 * <p>Why: SHA-256 is the platform's hash everywhere (blobs, manifests, RFC 3161 imprints); a linear
 * hash chain is the simplest structure whose every entry commits to all before it, checked by a
 * reader with a dozen lines of code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evidence")
package fr.openmarches.evidence;
