package fr.openmarches.opening;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.identity.AccountId;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commission member's own business: their personal key (made once in their browser, kept here
 * protected by their passphrase) and the shares of opening keys sealed for it. Every method acts for
 * the member named, who is the signed-in person: nobody reads another's key box or shares.
 */
@Service
@Transactional
public class CommissionKeys {

	/** The states where a consultation's bids are still to be opened, so its shares still matter. */
	static final Set<ConsultationState> STILL_TO_OPEN = EnumSet.of(ConsultationState.DRAFT,
			ConsultationState.PUBLISHED, ConsultationState.CLOSED);

	private final MemberKeys keys;

	private final Commissions commissions;

	private final ConsultationService consultations;

	private final OrganisationService organisations;

	private final Clock clock;

	CommissionKeys(MemberKeys keys, Commissions commissions, ConsultationService consultations,
			OrganisationService organisations, Clock clock) {
		this.keys = keys;
		this.commissions = commissions;
		this.consultations = consultations;
		this.organisations = organisations;
		this.clock = clock;
	}

	/** The member's key, if they made one. */
	@Transactional(readOnly = true)
	public Optional<MemberKeyView> keyOf(AccountId member) {
		return keys.findById(member.value()).map(key -> view(key, stillToOpen(member, key.fingerprint())));
	}

	/**
	 * Keeps the member's key pair: the first, or a new one while the current seals no share of a
	 * consultation still to be opened.
	 * @throws MemberKeyRefusedException when the person is not a commission member, the key or its
	 *         box is not acceptable, or the current key is in use
	 */
	public MemberKeyView register(AccountId member, NewMemberKey key) {
		if (!isCommissionMember(member)) {
			throw new MemberKeyRefusedException(MemberKeyRefusedException.Reason.NOT_A_MEMBER);
		}
		var der = PublicKeys.checked(key.publicKey());
		if (der == null) {
			throw new MemberKeyRefusedException(MemberKeyRefusedException.Reason.INVALID_PUBLIC_KEY);
		}
		if (!Boxes.acceptable(key.protectedPrivateKey())) {
			throw new MemberKeyRefusedException(MemberKeyRefusedException.Reason.INVALID_PROTECTED_KEY);
		}
		var existing = keys.findById(member.value());
		if (existing.isPresent() && !stillToOpen(member, existing.get().fingerprint()).isEmpty()) {
			throw new MemberKeyRefusedException(MemberKeyRefusedException.Reason.IN_USE);
		}
		var saved = existing.orElseGet(() -> new MemberKey(member));
		saved.replace(key.publicKey().strip(), PublicKeys.fingerprint(der), key.protectedPrivateKey(), clock.instant());
		keys.save(saved);
		return view(saved, List.of());
	}

	/** The shares sealed for the member, the consultations still to be opened first, latest first. */
	@Transactional(readOnly = true)
	public List<MemberShare> sharesOf(AccountId member) {
		var held = commissions.holding(member.value());
		var summaries = consultations.summaries(held.stream().map(OpeningCommission::consultation).toList());
		return held.stream()
			.filter(commission -> summaries.containsKey(commission.consultation()))
			.flatMap(commission -> commission.shares()
				.stream()
				.filter(share -> share.member().equals(member))
				.map(share -> new MemberShare(summaries.get(commission.consultation()), commission.fingerprint(),
						commission.quorum(), commission.shares().size(), share.memberFingerprint(), share.sealedShare())))
			.sorted(Comparator.comparing((MemberShare share) -> !STILL_TO_OPEN.contains(share.consultation().state()))
				.thenComparing(share -> share.consultation().depositDeadline(), Comparator.reverseOrder()))
			.toList();
	}

	/** Whether {@code account} is an active commission member of some entity. */
	@Transactional(readOnly = true)
	public boolean isCommissionMember(AccountId account) {
		return organisations.appointmentsOf(account)
			.stream()
			.anyMatch(appointment -> appointment.holds(AgentRole.COMMISSION_MEMBER));
	}

	/** The consultations still to be opened where the member holds a share sealed for the key {@code fingerprint}. */
	private List<ConsultationSummary> stillToOpen(AccountId member, String fingerprint) {
		var sealedForIt = commissions.holding(member.value())
			.stream()
			.filter(commission -> commission.shares()
				.stream()
				.anyMatch(share -> share.member().equals(member) && share.memberFingerprint().equals(fingerprint)))
			.map(OpeningCommission::consultation)
			.toList();
		return consultations.summaries(sealedForIt)
			.values()
			.stream()
			.filter(summary -> STILL_TO_OPEN.contains(summary.state()))
			.sorted(Comparator.comparing(ConsultationSummary::reference))
			.toList();
	}

	private static MemberKeyView view(MemberKey key, List<ConsultationSummary> stillToOpen) {
		return new MemberKeyView(key.member(), key.publicKey(), key.fingerprint(), key.protectedPrivateKey(),
				key.createdAt(), stillToOpen);
	}
}
