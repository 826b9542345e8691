package fr.openmarches.opening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.consultation.Envelope;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.AccountView;
import fr.openmarches.opening.SessionRefusedException.Reason;
import fr.openmarches.platform.PlatformProperties;
import fr.openmarches.signature.PdfSeals;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The opening session of a consultation (docs/sealing.md, « Opening session »). Once the
 * consultation is closed, a commission member starts a session for one envelope with their browser's
 * session public key ({@link #start}); members join with their share re-sealed for it ({@link #join});
 * with a quorum present the host fetches the shares ({@link #shares}), rebuilds the opening key in
 * their tab, and hands the file keys of the envelope's pieces ({@link #open}), which the server
 * checks against the stored blobs and the manifests ({@link PieceCheck}). Buyers then read the pieces
 * that opened ({@link #openedPiece}).
 *
 * <p>Only the consultation's commission members act; its buyers read. Anyone else: « not found ».
 */
@Service
@Transactional
public class OpeningDesk {

	/** The states in which bids may be opened: after the deadline, before a decision. */
	static final Collection<ConsultationState> OPENABLE = List.of(ConsultationState.CLOSED, ConsultationState.OPENED);

	private final Commissions commissions;

	private final OpeningSessions sessions;

	private final PieceResults results;

	private final LateDecisions lateDecisions;

	private final SealedDeposits deposits;

	private final PieceCheck check;

	private final WrappedFileKeys fileKeys;

	private final ConsultationService consultations;

	private final BuyerConsultations buyers;

	private final AccountService accounts;

	private final PieceSignatures signatures;

	private final Admissions admissions;

	private final OffersFirstDecisions offersFirst;

	private final ApplicationEventPublisher events;

	private final PdfSeals seals;

	private final PlatformProperties platform;

	private final DeadlineAvailability availability;

	private final Clock clock;

	OpeningDesk(Commissions commissions, OpeningSessions sessions, PieceResults results, LateDecisions lateDecisions,
			SealedDeposits deposits, PieceCheck check, WrappedFileKeys fileKeys, ConsultationService consultations,
			BuyerConsultations buyers, AccountService accounts, PieceSignatures signatures, Admissions admissions,
			OffersFirstDecisions offersFirst, ApplicationEventPublisher events, PdfSeals seals,
			PlatformProperties platform, DeadlineAvailability availability, Clock clock) {
		this.commissions = commissions;
		this.sessions = sessions;
		this.results = results;
		this.lateDecisions = lateDecisions;
		this.deposits = deposits;
		this.check = check;
		this.fileKeys = fileKeys;
		this.consultations = consultations;
		this.buyers = buyers;
		this.accounts = accounts;
		this.signatures = signatures;
		this.admissions = admissions;
		this.offersFirst = offersFirst;
		this.events = events;
		this.seals = seals;
		this.platform = platform;
		this.availability = availability;
		this.clock = clock;
	}

	/**
	 * The opening as {@code reader} sees it: a member of the commission or a buyer of the consultation.
	 * @throws NoSuchConsultationException for anyone else
	 */
	@Transactional(readOnly = true)
	public OpeningSessionView view(AccountId reader, ConsultationId consultation) {
		var commission = readable(reader, consultation);
		return view(commission, summary(consultation), isMember(commission, reader));
	}

	/**
	 * Starts a session for {@code envelope} with the host's session public key.
	 * @throws SessionRefusedException when the consultation is not closed, a session is in progress,
	 *         the key is not an RSA 3072 key, the envelope is missing, or the person is not a member
	 */
	public OpeningSessionView start(AccountId host, ConsultationId consultation, Envelope envelope,
			String sessionPublicKey) {
		var commission = member(host, consultation);
		var summary = summary(consultation);
		if (!OPENABLE.contains(summary.state())) {
			throw new SessionRefusedException(Reason.NOT_CLOSED);
		}
		if (envelope == null) {
			throw new SessionRefusedException(Reason.INVALID_ENVELOPE);
		}
		var der = PublicKeys.checked(sessionPublicKey);
		if (der == null) {
			throw new SessionRefusedException(Reason.INVALID_SESSION_KEY);
		}
		// the commission row serialises two starts: the second sees the first's session
		commissions.lock(consultation.value());
		if (sessions.inProgress(consultation.value()).isPresent()) {
			throw new SessionRefusedException(Reason.IN_PROGRESS);
		}
		if (envelope == Envelope.OFFER && !offersFirst.existsById(consultation.value())) {
			var pending = undecidedCandidatures(consultation);
			if (pending > 0) {
				throw new SessionRefusedException(Reason.ADMISSIONS_PENDING, pending);
			}
		}
		sessions.saveAndFlush(new OpeningSession(consultation, envelope, host, sessionPublicKey.strip(),
				PublicKeys.fingerprint(der), clock.instant()));
		return view(commission, summary, true);
	}

	/**
	 * A member joins the session in progress with their share, re-sealed in their browser for the
	 * session public key; joining again replaces it.
	 */
	public OpeningSessionView join(AccountId member, ConsultationId consultation, String sealedShare) {
		var commission = member(member, consultation);
		if (!Boxes.acceptable(sealedShare)) {
			throw new SessionRefusedException(Reason.INVALID_SHARE);
		}
		var session = sessions.lockInProgress(consultation.value())
			.orElseThrow(() -> new SessionRefusedException(Reason.NO_SESSION));
		session.join(member, sealedShare, clock.instant());
		sessions.save(session);
		return view(commission, summary(consultation), true);
	}

	/**
	 * The shares of the members present, sealed for the session key, for the host once a quorum is
	 * present: only the host's tab can open them.
	 */
	@Transactional(readOnly = true)
	public List<PresentShare> shares(AccountId host, ConsultationId consultation) {
		var commission = member(host, consultation);
		var session = hosted(host, consultation);
		requireQuorum(commission, session);
		return session.present().stream().map(p -> new PresentShare(p.member(), p.sealedShare())).toList();
	}

	/** A member's share, sealed for the session key (JSON object). */
	public record PresentShare(AccountId member, String sealedShare) {
	}

	/**
	 * Takes the file keys the host's browser derived for pieces of the envelope being opened, and
	 * records what each gave. All or nothing: one key for another envelope, an undecided late
	 * deposit, an opened or unknown piece refuses the lot before any blob is read.
	 */
	public OpeningSessionView open(AccountId host, ConsultationId consultation, List<FileKey> keys) {
		var commission = member(host, consultation);
		var session = sessions.lockInProgress(consultation.value())
			.orElseThrow(() -> new SessionRefusedException(Reason.NO_SESSION));
		if (!session.hostedBy(host)) {
			throw new SessionRefusedException(Reason.NOT_HOST);
		}
		requireQuorum(commission, session);
		var toOpen = deposits.toOpen(consultation)
			.stream()
			.collect(Collectors.toMap(SealedDeposit::id, Function.identity()));
		var decided = lateDecisions.findByConsultationId(consultation.value())
			.stream()
			.map(LateDecision::deposit)
			.collect(Collectors.toSet());
		var setAside = offersFirst.existsById(consultation.value()) ? Set.<UUID>of()
				: admissions.findByConsultationId(consultation.value())
					.stream()
					.filter(admission -> !admission.admitted())
					.map(Admission::deposit)
					.collect(Collectors.toSet());
		var checked = new ArrayList<Checked>();
		var seen = new HashSet<PieceResult.Key>();
		for (var key : keys == null ? List.<FileKey>of() : keys) {
			var deposit = key == null || key.deposit() == null ? null : toOpen.get(key.deposit());
			var piece = deposit == null ? null
					: deposit.pieces().stream().filter(p -> p.position() == key.position()).findFirst().orElse(null);
			if (piece == null) {
				throw new SessionRefusedException(Reason.UNKNOWN_PIECE, key == null ? "?" : key.deposit() + "/" + key.position());
			}
			var id = new PieceResult.Key(deposit.id(), piece.position());
			if (piece.envelope() != session.envelope()) {
				throw new SessionRefusedException(Reason.ENVELOPE_NOT_OPEN, deposit.number(), piece.position());
			}
			if (deposit.late() && !decided.contains(deposit.id())) {
				throw new SessionRefusedException(Reason.LATE_UNDECIDED, deposit.number());
			}
			if (piece.envelope() == Envelope.OFFER && setAside.contains(deposit.id())) {
				throw new SessionRefusedException(Reason.NOT_ADMITTED, deposit.number());
			}
			var existing = results.findById(id);
			if (existing.isPresent() && !existing.get().retry() || !seen.add(id)) {
				throw new SessionRefusedException(Reason.ALREADY_OPENED, deposit.number(), piece.position());
			}
			checked.add(new Checked(id, piece, fileKey(key.fileKey()), existing));
		}
		var now = clock.instant();
		var opened = new ArrayList<PiecesOpened.Piece>();
		for (var piece : checked) {
			var verdict = check.check(piece.piece(), piece.fileKey());
			var result = piece.existing()
				.orElseGet(() -> new PieceResult(piece.id(), consultation, piece.piece().envelope()));
			result.record(session, host, verdict.outcome(), verdict.plainSha256(),
					verdict.outcome().opened() ? fileKeys.wrap(piece.fileKey(), piece.id()) : null, now);
			results.save(result);
			if (verdict.outcome() == PieceOutcome.OPENED) {
				opened.add(new PiecesOpened.Piece(piece.id().depositId(), piece.id().position()));
			}
		}
		if (!opened.isEmpty()) {
			events.publishEvent(new PiecesOpened(consultation, session.id(), opened));
			if (summary(consultation).state() == ConsultationState.CLOSED) {
				consultations.open(consultation);
			}
		}
		return view(commission, summary(consultation), true);
	}

	private record Checked(PieceResult.Key id, SealedDeposit.Piece piece, byte[] fileKey, Optional<PieceResult> existing) {
	}

	/** Ends the session in progress (the host): it takes no more shares or keys. */
	public OpeningSessionView end(AccountId host, ConsultationId consultation) {
		var commission = member(host, consultation);
		var session = sessions.lockInProgress(consultation.value())
			.orElseThrow(() -> new SessionRefusedException(Reason.NO_SESSION));
		if (!session.hostedBy(host)) {
			throw new SessionRefusedException(Reason.NOT_HOST);
		}
		session.end(clock.instant());
		sessions.save(session);
		return view(commission, summary(consultation), true);
	}

	/**
	 * Records a member's decision to open a late deposit, and why; until then its file keys are refused.
	 */
	public OpeningSessionView decideLate(AccountId member, ConsultationId consultation, UUID deposit, String reason) {
		var commission = member(member, consultation);
		var late = deposits.toOpen(consultation).stream().filter(d -> d.id().equals(deposit)).findFirst()
			.orElseThrow(() -> new SessionRefusedException(Reason.UNKNOWN_PIECE, String.valueOf(deposit)));
		if (!late.late()) {
			throw new SessionRefusedException(Reason.NOT_LATE, late.number());
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > LateDecision.MAX_REASON) {
			throw new SessionRefusedException(Reason.INVALID_REASON, LateDecision.MAX_REASON);
		}
		if (lateDecisions.existsById(deposit)) {
			throw new SessionRefusedException(Reason.ALREADY_DECIDED, late.number());
		}
		lateDecisions.saveAndFlush(new LateDecision(deposit, consultation, member, clock.instant(), reason.strip()));
		return view(commission, summary(consultation), true);
	}

	/**
	 * Records a member's decision on a candidature whose application pieces all went through the
	 * opening: admitted, or set aside with the reason. Its offer then opens, or stays sealed.
	 */
	public OpeningSessionView decideAdmission(AccountId member, ConsultationId consultation, UUID deposit,
			boolean admitted, String reason) {
		var commission = member(member, consultation);
		var candidature = deposits.toOpen(consultation).stream().filter(d -> d.id().equals(deposit)).findFirst()
			.orElseThrow(() -> new SessionRefusedException(Reason.UNKNOWN_PIECE, String.valueOf(deposit)));
		var tried = results.findByConsultationId(consultation.value()).stream().map(PieceResult::key).collect(Collectors.toSet());
		var applications = candidature.pieces().stream().filter(p -> p.envelope() == Envelope.APPLICATION).toList();
		if (applications.isEmpty() || !applications.stream()
			.allMatch(p -> tried.contains(new PieceResult.Key(deposit, p.position())))) {
			throw new SessionRefusedException(Reason.APPLICATION_NOT_OPENED, candidature.number());
		}
		var why = reason == null || reason.isBlank() ? null : reason.strip();
		if (!admitted && why == null || why != null && why.length() > LateDecision.MAX_REASON) {
			throw new SessionRefusedException(Reason.INVALID_REASON, LateDecision.MAX_REASON);
		}
		if (admissions.existsById(deposit)) {
			throw new SessionRefusedException(Reason.ALREADY_DECIDED, candidature.number());
		}
		admissions.saveAndFlush(new Admission(deposit, consultation, admitted, why, member, clock.instant()));
		return view(commission, summary(consultation), true);
	}

	/**
	 * Records a member's decision to examine the offers before the candidatures (art. R2161-4), and
	 * why: offers then open without waiting for the admissions. Before any offer was tried only.
	 */
	public OpeningSessionView decideOffersFirst(AccountId member, ConsultationId consultation, String reason) {
		var commission = member(member, consultation);
		if (!OPENABLE.contains(summary(consultation).state())) {
			throw new SessionRefusedException(Reason.NOT_CLOSED);
		}
		if (reason == null || reason.isBlank() || reason.strip().length() > LateDecision.MAX_REASON) {
			throw new SessionRefusedException(Reason.INVALID_REASON, LateDecision.MAX_REASON);
		}
		commissions.lock(consultation.value());
		if (offersFirst.existsById(consultation.value())) {
			throw new SessionRefusedException(Reason.ALREADY_DECIDED, summary(consultation).reference());
		}
		if (results.findByConsultationId(consultation.value()).stream().anyMatch(r -> r.envelope() == Envelope.OFFER)) {
			throw new SessionRefusedException(Reason.OFFERS_STARTED);
		}
		offersFirst.saveAndFlush(new OffersFirst(consultation, member, clock.instant(), reason.strip()));
		return view(commission, summary(consultation), true);
	}

	/** How many candidatures to open (on time, or late and decided) have application pieces and no admission yet. */
	private long undecidedCandidatures(ConsultationId consultation) {
		var lateDecided = lateDecisions.findByConsultationId(consultation.value())
			.stream()
			.map(LateDecision::deposit)
			.collect(Collectors.toSet());
		var decided = admissions.findByConsultationId(consultation.value())
			.stream()
			.map(Admission::deposit)
			.collect(Collectors.toSet());
		return deposits.toOpen(consultation)
			.stream()
			.filter(d -> !d.late() || lateDecided.contains(d.id()))
			.filter(d -> d.pieces().stream().anyMatch(p -> p.envelope() == Envelope.APPLICATION))
			.filter(d -> !decided.contains(d.id()))
			.count();
	}

	/**
	 * An opened piece, for a member or a buyer of the consultation.
	 * @throws NoSuchElementException when there is no such piece or it did not open (hashes matching)
	 */
	@Transactional(readOnly = true)
	public OpenedPiece openedPiece(AccountId reader, ConsultationId consultation, UUID deposit, int position) {
		readable(reader, consultation);
		return opened(consultation, deposit, position);
	}

	/**
	 * A document a deposit of the consultation references instead of holding (« dites-le-nous une
	 * fois »), for a member or a buyer of the consultation once the deposit's candidature opened: the
	 * copy opened from the earlier deposit the company made to a consultation of the same purchasing
	 * entity (checked again here), decrypted on the fly like any opened piece.
	 * @throws NoSuchElementException when there is no such reference, the candidature is still sealed,
	 * or the earlier copy is not an opened piece of the same purchasing entity
	 */
	@Transactional(readOnly = true)
	public OpenedPiece referencedPiece(AccountId reader, ConsultationId consultation, UUID deposit, int index) {
		readable(reader, consultation);
		var sealed = deposits.toOpen(consultation).stream().filter(d -> d.id().equals(deposit)).findFirst()
			.orElseThrow(() -> new NoSuchElementException("No deposit " + deposit));
		if (!candidatureOpened(sealed, key -> results.findById(key).orElse(null))) {
			throw new NoSuchElementException("The candidature of " + deposit + " is not opened");
		}
		var reference = sealed.references().stream().filter(r -> r.index() == index).findFirst()
			.orElseThrow(() -> new NoSuchElementException("No reference " + deposit + "/" + index));
		var earlier = new ConsultationId(reference.consultation());
		if (!summary(earlier).entity().id().equals(summary(consultation).entity().id())) {
			throw new NoSuchElementException("Reference " + deposit + "/" + index + " is of another buyer");
		}
		var piece = opened(earlier, reference.deposit(), reference.position());
		return new OpenedPiece(reference.fileName(), piece.mediaType(), piece.size(), piece.content());
	}

	/** Whether the piece went through an opening and opened, hashes matching. */
	@Transactional(readOnly = true)
	public boolean opened(UUID deposit, int position) {
		return results.findById(new PieceResult.Key(deposit, position))
			.filter(r -> r.outcome() == PieceOutcome.OPENED)
			.isPresent();
	}

	private OpenedPiece opened(ConsultationId consultation, UUID deposit, int position) {
		var id = new PieceResult.Key(deposit, position);
		var result = results.findById(id).filter(r -> r.outcome() == PieceOutcome.OPENED)
			.orElseThrow(() -> new NoSuchElementException("No opened piece " + id));
		var piece = deposits.toOpen(consultation).stream().filter(d -> d.id().equals(deposit))
			.flatMap(d -> d.pieces().stream())
			.filter(p -> p.position() == position)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("No piece " + id));
		byte[] fileKey = fileKeys.unwrap(result.wrappedFileKey(), id);
		return new OpenedPiece(piece.fileName(), piece.mediaType(), piece.size(), out -> check.decrypt(piece, fileKey, out));
	}

	/**
	 * The opening report (procès-verbal d'ouverture) as it stands, drawn up now and sealed by the
	 * platform (PAdES, timestamped), for a member or a buyer of the consultation once it is closed.
	 * @throws SessionRefusedException before the deadline
	 * @throws fr.openmarches.signature.TimestampException when the seal's timestamp could not be had
	 */
	@Transactional(readOnly = true)
	public byte[] report(AccountId reader, ConsultationId consultation, Locale locale) {
		var commission = readable(reader, consultation);
		var summary = summary(consultation);
		if (summary.state() == ConsultationState.DRAFT || summary.state() == ConsultationState.PUBLISHED) {
			throw new SessionRefusedException(Reason.NOT_CLOSED);
		}
		var pdf = OpeningReport.render(view(commission, summary, isMember(commission, reader)), summary,
				availability.before(consultation, summary.depositDeadline()), clock.instant(), locale);
		return seals.seal(pdf, OpeningReport.title(locale) + " " + summary.reference(), platform.baseUrl().toString());
	}

	/**
	 * DSS's report (XML) of a checked piece's signature, for a member or a buyer of the consultation.
	 * @param detailed the detailed report (every constraint DSS checked) rather than the simple one
	 * @throws NoSuchElementException when the piece holds no checked signature
	 */
	@Transactional(readOnly = true)
	public byte[] signatureReport(AccountId reader, ConsultationId consultation, UUID deposit, int position,
			boolean detailed) {
		readable(reader, consultation);
		var id = new PieceResult.Key(deposit, position);
		return signatures.findById(id)
			.filter(checked -> checked.consultationId().equals(consultation.value()))
			.map(checked -> detailed ? checked.detailedReport() : checked.simpleReport())
			.orElseThrow(() -> new NoSuchElementException("No signature report for " + id));
	}

	private static byte[] fileKey(String base64) {
		try {
			var bytes = base64 == null ? null : Base64.getDecoder().decode(base64.strip());
			if (bytes != null && bytes.length == WrappedFileKeys.FILE_KEY_LENGTH) {
				return bytes;
			}
		}
		catch (IllegalArgumentException e) {
			// refused below
		}
		throw new SessionRefusedException(Reason.INVALID_FILE_KEY);
	}

	private void requireQuorum(OpeningCommission commission, OpeningSession session) {
		if (session.present().size() < commission.quorum()) {
			throw new SessionRefusedException(Reason.QUORUM_NOT_REACHED, commission.quorum() - session.present().size());
		}
	}

	private OpeningSession hosted(AccountId host, ConsultationId consultation) {
		var session = sessions.inProgress(consultation.value())
			.orElseThrow(() -> new SessionRefusedException(Reason.NO_SESSION));
		if (!session.hostedBy(host)) {
			throw new SessionRefusedException(Reason.NOT_HOST);
		}
		return session;
	}

	/** The commission, if {@code account} sits on it; a buyer of the consultation who does not is refused, anyone else does not find it. */
	private OpeningCommission member(AccountId account, ConsultationId consultation) {
		var commission = commissions.findById(consultation.value());
		if (commission.isPresent() && isMember(commission.get(), account)) {
			return commission.get();
		}
		if (buyers.actsFor(account, consultation)) {
			throw new SessionRefusedException(Reason.NOT_A_MEMBER);
		}
		throw new NoSuchConsultationException(consultation);
	}

	private OpeningCommission readable(AccountId reader, ConsultationId consultation) {
		var commission = commissions.findById(consultation.value())
			.orElseThrow(() -> new NoSuchConsultationException(consultation));
		if (!isMember(commission, reader) && !buyers.actsFor(reader, consultation)) {
			throw new NoSuchConsultationException(consultation);
		}
		return commission;
	}

	private static boolean isMember(OpeningCommission commission, AccountId account) {
		return commission.shares().stream().anyMatch(share -> share.member().equals(account));
	}

	private ConsultationSummary summary(ConsultationId consultation) {
		var summary = consultations.summaries(List.of(consultation)).get(consultation);
		if (summary == null) {
			throw new NoSuchConsultationException(consultation);
		}
		return summary;
	}

	private OpeningSessionView view(OpeningCommission commission, ConsultationSummary summary, boolean member) {
		var consultation = commission.consultation();
		var held = sessions.findByConsultationIdOrderByStartedAt(consultation.value());
		var late = lateDecisions.findByConsultationId(consultation.value())
			.stream()
			.collect(Collectors.toMap(LateDecision::deposit, Function.identity()));
		var admitted = admissions.findByConsultationId(consultation.value())
			.stream()
			.collect(Collectors.toMap(Admission::deposit, Function.identity()));
		var sequence = offersFirst.findById(consultation.value());
		var people = accounts.findAll(Stream.of(commission.shares().stream().map(OpeningCommission.Share::member),
				held.stream().map(OpeningSession::host), late.values().stream().map(LateDecision::decidedBy),
				admitted.values().stream().map(Admission::decidedBy), sequence.stream().map(OffersFirst::decidedBy))
			.flatMap(Function.identity())
			.distinct()
			.toList());
		var recorded = new Recorded(late, admitted,
				results.findByConsultationId(consultation.value())
					.stream()
					.collect(Collectors.toMap(PieceResult::key, Function.identity())),
				signatures.findByConsultationId(consultation.value())
					.stream()
					.collect(Collectors.toMap(PieceSignature::key, Function.identity())),
				people);
		var all = summary.state() == ConsultationState.DRAFT || summary.state() == ConsultationState.PUBLISHED
				? List.<SealedDeposit>of() : deposits.toOpen(consultation);
		var members = commission.shares()
			.stream()
			.map(share -> new OpeningSessionView.Member(share.member(), name(people, share.member()), share.memberFingerprint()))
			.toList();
		var sessionViews = held.stream().map(s -> session(s, commission, people)).toList();
		return new OpeningSessionView(consultation, summary.reference(), summary.title(), summary.state(),
				commission.publicKey(), commission.fingerprint(), commission.quorum(), members, member,
				sessionViews.stream().filter(OpeningSessionView.Session::inProgress).findFirst().orElse(null),
				sessionViews.stream().filter(s -> !s.inProgress()).toList(),
				all.stream().filter(d -> !d.late()).map(d -> deposit(d, recorded)).toList(),
				all.stream().filter(SealedDeposit::late).map(d -> deposit(d, recorded)).toList(),
				sequence.map(decision -> new OpeningSessionView.Decision(decision.decidedBy(),
						name(people, decision.decidedBy()), decision.decidedAt(), decision.reason())).orElse(null));
	}

	/** What was recorded of a consultation's opening, by deposit or piece, and the people named. */
	private record Recorded(Map<UUID, LateDecision> late, Map<UUID, Admission> admissions,
			Map<PieceResult.Key, PieceResult> outcomes, Map<PieceResult.Key, PieceSignature> signatures,
			Map<AccountId, AccountView> people) {
	}

	private static OpeningSessionView.Session session(OpeningSession session, OpeningCommission commission,
			Map<AccountId, AccountView> people) {
		var present = session.present()
			.stream()
			.map(p -> new OpeningSessionView.Presence(p.member(), name(people, p.member()), p.joinedAt()))
			.sorted(java.util.Comparator.comparing(OpeningSessionView.Presence::joinedAt))
			.toList();
		return new OpeningSessionView.Session(session.id(), session.envelope(), session.host(),
				name(people, session.host()), session.sessionPublicKey(), session.sessionFingerprint(),
				session.startedAt(), session.endedAt().orElse(null), present,
				Math.max(0, commission.quorum() - present.size()));
	}

	/**
	 * A piece's signature: its own when it holds one, else that of a detached signature file of the
	 * deposit naming it, else its own check (not signed); {@code null} until checked.
	 */
	private static OpeningSessionView.Signature signature(SealedDeposit deposit, int position,
			Map<PieceResult.Key, PieceSignature> checked) {
		var own = checked.get(new PieceResult.Key(deposit.id(), position));
		if (own != null && own.status().signed()) {
			return signature(own);
		}
		return deposit.pieces()
			.stream()
			.map(other -> checked.get(new PieceResult.Key(deposit.id(), other.position())))
			.filter(other -> other != null && Integer.valueOf(position).equals(other.signsPosition()))
			.findFirst()
			.or(() -> Optional.ofNullable(own))
			.map(OpeningDesk::signature)
			.orElse(null);
	}

	private static OpeningSessionView.Signature signature(PieceSignature checked) {
		return new OpeningSessionView.Signature(checked.status(), checked.key().position(), checked.signsPosition(),
				checked.signers(), checked.checkedAt(), checked.detailedReport() != null);
	}

	private static OpeningSessionView.Deposit deposit(SealedDeposit deposit, Recorded recorded) {
		var pieces = deposit.pieces().stream().map(piece -> {
			var result = recorded.outcomes().get(new PieceResult.Key(deposit.id(), piece.position()));
			var outcome = result == null ? null : result.outcome();
			return new OpeningSessionView.Piece(piece.position(), piece.envelope(), piece.lot(),
					outcome != null && outcome.opened() ? piece.fileName() : null, piece.mediaType(), piece.size(),
					piece.plainSha256(), piece.sealedSize(), piece.sealedSha256(), piece.chunkSize(), piece.salt(),
					outcome, result == null ? null : result.plainSha256(), result == null ? null : result.triedAt(),
					result == null ? 0 : result.attempts(),
					outcome == PieceOutcome.OPENED ? signature(deposit, piece.position(), recorded.signatures()) : null,
					outcome != null && outcome.opened() ? piece.origin() : null);
		}).toList();
		var late = recorded.late().get(deposit.id());
		var admission = recorded.admissions().get(deposit.id());
		return new OpeningSessionView.Deposit(deposit.id(), deposit.number(), deposit.companyName(), deposit.receivedAt(),
				deposit.late(),
				late == null ? null : new OpeningSessionView.Decision(late.decidedBy(),
						name(recorded.people(), late.decidedBy()), late.decidedAt(), late.reason()),
				deposit.openingKey(), deposit.wrappedKey(), pieces,
				admission == null ? null : new OpeningSessionView.Admission(admission.admitted(), admission.decidedBy(),
						name(recorded.people(), admission.decidedBy()), admission.decidedAt(), admission.reason()),
				candidatureOpened(deposit, recorded.outcomes()::get) ? deposit.references() : List.of());
	}

	/** Whether one of the deposit's application pieces opened: its references are shown and read from then on. */
	private static boolean candidatureOpened(SealedDeposit deposit,
			java.util.function.Function<PieceResult.Key, PieceResult> outcomes) {
		return deposit.pieces().stream()
			.filter(piece -> piece.envelope() == Envelope.APPLICATION)
			.map(piece -> outcomes.apply(new PieceResult.Key(deposit.id(), piece.position())))
			.anyMatch(result -> result != null && result.outcome() == PieceOutcome.OPENED);
	}

	private static String name(Map<AccountId, AccountView> people, AccountId account) {
		var person = people.get(account);
		return person == null ? "—" : person.displayName();
	}
}
