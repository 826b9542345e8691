package fr.openmarches.opening;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import fr.openmarches.consultation.BuyerConsultations;
import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.ConsultationState;
import fr.openmarches.consultation.ConsultationSummary;
import fr.openmarches.consultation.NoSuchConsultationException;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.AccountView;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.Appointment;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultations' opening keys: who may sit on a commission, the ceremony's result (checked, then
 * kept), the commission as buyers see it, and the public key as suppliers fetch it. Buyers go through
 * the methods taking a buyer, which answer « not found » for a consultation of another entity
 * ({@link BuyerConsultations#actsFor}); code (demo data, tests) registers a ceremony made in Java with
 * {@link #register}.
 */
@Service
@Transactional
public class OpeningKeys {

	private final Commissions commissions;

	private final MemberKeys keys;

	private final ConsultationService consultations;

	private final BuyerConsultations buyers;

	private final OrganisationService organisations;

	private final AccountService accounts;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OpeningKeys(Commissions commissions, MemberKeys keys, ConsultationService consultations,
			BuyerConsultations buyers, OrganisationService organisations, AccountService accounts, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.commissions = commissions;
		this.keys = keys;
		this.consultations = consultations;
		this.buyers = buyers;
		this.organisations = organisations;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The commission members of the consultation's entity, by name, with their member key if they
	 * made one: the people a buyer may choose from.
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(AccountId buyer, ConsultationId consultation) {
		var entity = summary(buyer, consultation).entity().id();
		var members = commissionMembers(entity);
		var people = accounts.findAll(members);
		var memberKeys = keys.findByAccountIdIn(members.stream().map(AccountId::value).toList())
			.stream()
			.collect(Collectors.toMap(MemberKey::member, Function.identity()));
		return members.stream()
			.filter(people::containsKey)
			.map(member -> {
				var key = memberKeys.get(member);
				var person = people.get(member);
				return new Candidate(member, person.displayName(), person.email(), key == null ? null : key.publicKey(),
						key == null ? null : key.fingerprint());
			})
			.sorted(Comparator.comparing(Candidate::name).thenComparing(Candidate::email))
			.toList();
	}

	/** The consultation's commission, if its ceremony took place. */
	@Transactional(readOnly = true)
	public Optional<CommissionView> commission(AccountId buyer, ConsultationId consultation) {
		summary(buyer, consultation);
		return commissions.findById(consultation.value()).map(this::view);
	}

	/**
	 * Records the result of the ceremony a buyer ran in their browser, replacing any earlier one
	 * while the consultation is a draft.
	 * @throws NoSuchConsultationException when it is not a consultation of the buyer's entities
	 * @throws CeremonyRefusedException when the result does not hold together (see {@link #register})
	 */
	public CommissionView ceremony(AccountId buyer, ConsultationId consultation, Ceremony ceremony) {
		summary(buyer, consultation);
		return record(consultation, ceremony, buyer);
	}

	/**
	 * Records the result of a ceremony made by code (demonstration data, tests), with the same checks
	 * as a buyer's: the consultation is a draft; between 1 and {@value Ceremony#MAX_MEMBERS} members,
	 * each once, each an active commission member of the consultation's entity with a member key;
	 * 1 ≤ quorum ≤ members; an RSA 3072 public key; sealed shares that are JSON objects.
	 * @throws NoSuchConsultationException when there is no such consultation
	 * @throws CeremonyRefusedException otherwise
	 */
	public CommissionView register(ConsultationId consultation, Ceremony ceremony) {
		return record(consultation, ceremony, null);
	}

	/** The opening public key of a consultation the public may see (not a draft), once made. */
	@Transactional(readOnly = true)
	public Optional<OpeningKey> openingKey(ConsultationId consultation) {
		var summary = consultations.summaries(List.of(consultation)).get(consultation);
		if (summary == null || summary.state() == ConsultationState.DRAFT) {
			return Optional.empty();
		}
		return commissions.findById(consultation.value())
			.map(commission -> new OpeningKey(OpeningKey.ALGORITHM, commission.publicKey(), commission.fingerprint()));
	}

	private CommissionView record(ConsultationId consultation, Ceremony ceremony, AccountId by) {
		// lock first, then read the state: a publication holding the key makes us wait, then see it published
		var existing = commissions.lock(consultation.value());
		var summary = consultations.summaries(List.of(consultation)).get(consultation);
		if (summary == null) {
			throw new NoSuchConsultationException(consultation);
		}
		if (summary.state() != ConsultationState.DRAFT) {
			throw new CeremonyRefusedException(CeremonyRefusedException.Reason.NOT_DRAFT);
		}
		var entity = summary.entity().id();
		var shares = checkedShares(entity, ceremony);
		var der = PublicKeys.checked(ceremony.publicKey());
		if (der == null) {
			throw new CeremonyRefusedException(CeremonyRefusedException.Reason.INVALID_PUBLIC_KEY);
		}
		var commission = existing.orElseGet(() -> new OpeningCommission(consultation, entity));
		var now = clock.instant();
		var fingerprint = PublicKeys.fingerprint(der);
		commission.record(ceremony.publicKey().strip(), fingerprint, ceremony.quorum(), shares, by, now);
		var saved = commissions.save(commission);
		events.publishEvent(new CommissionKeyRecorded(consultation, fingerprint, ceremony.quorum(), shares.size(), now));
		return view(saved);
	}

	/** The shares, each with the fingerprint of the member key it is sealed for, once everything holds. */
	private List<OpeningCommission.Share> checkedShares(PurchasingEntityId entity, Ceremony ceremony) {
		int n = ceremony.shares().size();
		if (n < 1 || n > Ceremony.MAX_MEMBERS) {
			throw new CeremonyRefusedException(CeremonyRefusedException.Reason.MEMBER_COUNT, Ceremony.MAX_MEMBERS);
		}
		if (ceremony.quorum() < 1 || ceremony.quorum() > n) {
			throw new CeremonyRefusedException(CeremonyRefusedException.Reason.QUORUM, n);
		}
		var members = new HashSet<AccountId>(commissionMembers(entity));
		var seen = new HashSet<AccountId>();
		var memberKeys = keys
			.findByAccountIdIn(ceremony.shares().stream().filter(s -> s.member() != null).map(s -> s.member().value()).toList())
			.stream()
			.collect(Collectors.toMap(MemberKey::member, Function.identity()));
		var shares = new ArrayList<OpeningCommission.Share>();
		for (var share : ceremony.shares()) {
			if (share.member() == null || !members.contains(share.member())) {
				throw new CeremonyRefusedException(CeremonyRefusedException.Reason.NOT_A_MEMBER, String.valueOf(share.member()));
			}
			if (!seen.add(share.member())) {
				throw new CeremonyRefusedException(CeremonyRefusedException.Reason.DUPLICATE_MEMBER, share.member());
			}
			var key = memberKeys.get(share.member());
			if (key == null) {
				throw new CeremonyRefusedException(CeremonyRefusedException.Reason.MEMBER_WITHOUT_KEY, share.member());
			}
			if (!Boxes.acceptable(share.sealedShare())) {
				throw new CeremonyRefusedException(CeremonyRefusedException.Reason.INVALID_SHARE, share.member());
			}
			shares.add(new OpeningCommission.Share(share.member(), key.fingerprint(), share.sealedShare()));
		}
		return shares;
	}

	private List<AccountId> commissionMembers(PurchasingEntityId entity) {
		return organisations.agentsOf(entity)
			.stream()
			.filter(appointment -> appointment.holds(AgentRole.COMMISSION_MEMBER))
			.map(Appointment::account)
			.distinct()
			.toList();
	}

	/** The consultation if the buyer acts for its entity; « not found » otherwise. */
	private ConsultationSummary summary(AccountId buyer, ConsultationId consultation) {
		if (!buyers.actsFor(buyer, consultation)) {
			throw new NoSuchConsultationException(consultation);
		}
		var summary = consultations.summaries(List.of(consultation)).get(consultation);
		if (summary == null) {
			throw new NoSuchConsultationException(consultation);
		}
		return summary;
	}

	private CommissionView view(OpeningCommission commission) {
		Map<AccountId, AccountView> people = accounts
			.findAll(commission.shares().stream().map(OpeningCommission.Share::member).toList());
		var members = commission.shares()
			.stream()
			.map(share -> new CommissionView.Member(share.member(),
					people.containsKey(share.member()) ? people.get(share.member()).displayName() : "—",
					share.memberFingerprint()))
			.toList();
		return new CommissionView(commission.consultation(), commission.publicKey(), commission.fingerprint(),
				commission.quorum(), members, commission.madeAt());
	}
}
