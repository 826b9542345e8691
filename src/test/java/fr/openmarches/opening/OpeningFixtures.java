package fr.openmarches.opening;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.Requirement;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.sealing.OpeningKeyPairs;
import fr.openmarches.sealing.PassphraseBox;
import fr.openmarches.sealing.SealedBox;
import org.springframework.boot.test.context.TestComponent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opening keys for tests, which have no browser to run the ceremony: {@link #prepare} gives a draft
 * a commission of one member (quorum 1) and an opening key, made with the {@code sealing} module,
 * and keeps the opening
 * private key for tests that decrypt deposits ({@link #openingKeyOf}). Generating RSA 3072 keys takes
 * a while, so one opening key pair and one member key pair serve every consultation of the run;
 * each entity gets its own commission member, made once.
 *
 * <p>A bean of the integration tests' context (see {@code IntegrationTest}) that fixtures without
 * Spring, such as {@code ConsultationFixtures.publish}, reach through {@link #prepare}.
 */
@TestComponent
public class OpeningFixtures {

	public static final String MEMBER_PASSWORD = "un mot de passe solide 1";

	public static final String MEMBER_PASSPHRASE = "la phrase secrète des tests";

	private static final JsonMapper JSON = JsonMapper.shared();

	private static String protectedMemberKey;

	private static final Map<ConsultationId, PrivateKey> OPENING_KEYS = new ConcurrentHashMap<>();

	private static final Map<PurchasingEntityId, AccountId> MEMBERS = new ConcurrentHashMap<>();

	private static volatile OpeningFixtures instance;

	private static KeyPair openingKeyPair;

	private static KeyPair memberKeyPair;

	private final OpeningKeys openingKeys;

	private final CommissionKeys commissionKeys;

	private final ConsultationService consultations;

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final OpeningDesk desk;

	OpeningFixtures(OpeningKeys openingKeys, CommissionKeys commissionKeys, ConsultationService consultations,
			AccountService accounts, OrganisationService organisations, OpeningDesk desk) {
		this.desk = desk;
		this.openingKeys = openingKeys;
		this.commissionKeys = commissionKeys;
		this.consultations = consultations;
		this.accounts = accounts;
		this.organisations = organisations;
		instance = this;
	}

	/** Gives the draft {@code id} a commission and an opening key, unless it has them already. */
	public static void prepare(ConsultationId id) {
		if (instance == null) {
			throw new IllegalStateException("OpeningFixtures is a bean of @IntegrationTest contexts only");
		}
		instance.ready(id);
	}

	/** The opening private key of a consultation prepared here. */
	public static Optional<PrivateKey> openingKeyOf(ConsultationId id) {
		return Optional.ofNullable(OPENING_KEYS.get(id));
	}

	void ready(ConsultationId id) {
		if (!consultations.check(id).unmet().contains(Requirement.OPENING_KEY)) {
			return;
		}
		var entity = consultations.summaries(List.of(id)).get(id).entity().id();
		var member = MEMBERS.computeIfAbsent(entity, this::commissionMember);
		var opening = openingKeyPair();
		// a quorum of 1: nothing to split, the member's share is the whole key
		openingKeys.register(id, new Ceremony(base64(opening.getPublic().getEncoded()), 1,
				List.of(new Ceremony.SealedShare(member, sealBox(opening.getPrivate().getEncoded(), memberKeyPair().getPublic())))));
		OPENING_KEYS.put(id, opening.getPrivate());
	}

	/**
	 * A new commission member of {@code entity} who signs in with {@code Buyers.PASSWORD}, holding the
	 * shared member key (its passphrase: {@link #MEMBER_PASSPHRASE}).
	 */
	public fr.openmarches.consultation.Buyers.Person memberWithKey(PurchasingEntityId entity) {
		var member = fr.openmarches.consultation.Buyers.appointed(accounts, organisations, entity,
				AgentRole.COMMISSION_MEMBER);
		commissionKeys.register(member.account(), new NewMemberKey(base64(memberKeyPair().getPublic().getEncoded()),
				protectedMemberKey()));
		return member;
	}

	/**
	 * Opens every piece of {@code envelope} of a closed consultation prepared here, as its commission
	 * of one would in a browser: a session, the member's share handed, the file keys derived from the
	 * test opening key, the session ended.
	 */
	public static void open(ConsultationId id, fr.openmarches.consultation.Envelope envelope) {
		if (instance == null) {
			throw new IllegalStateException("OpeningFixtures is a bean of @IntegrationTest contexts only");
		}
		instance.openEnvelope(id, envelope);
	}

	void openEnvelope(ConsultationId id, fr.openmarches.consultation.Envelope envelope) {
		var entity = consultations.summaries(List.of(id)).get(id).entity().id();
		var member = MEMBERS.get(entity);
		var sessionKeys = OpeningKeyPairs.generate();
		desk.start(member, id, envelope, OpeningKeyPairs.spki(sessionKeys.getPublic()));
		desk.join(member, id, sealBox(openingKeyPair().getPrivate().getEncoded(), sessionKeys.getPublic()));
		var keys = new java.util.ArrayList<FileKey>();
		for (var deposit : desk.view(member, id).deposits()) {
			byte[] contentKey;
			try {
				contentKey = fr.openmarches.sealing.ContentKeys.unwrap(Base64.getDecoder().decode(deposit.wrappedKey()),
						openingKeyPair().getPrivate());
			}
			catch (fr.openmarches.sealing.SealBrokenException e) {
				throw new IllegalStateException("A deposit not sealed for the test opening key", e);
			}
			for (var piece : deposit.pieces()) {
				if (piece.envelope() == envelope) {
					keys.add(new FileKey(deposit.id(), piece.position(), base64(fr.openmarches.sealing.SealedFiles
						.fileKey(contentKey, Base64.getDecoder().decode(piece.salt())))));
				}
			}
		}
		desk.open(member, id, keys);
		desk.end(member, id);
	}

	/** A new commission member of {@code entity}, with the shared member key. */
	public AccountId commissionMember(PurchasingEntityId entity) {
		var email = "commission." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		var member = accounts.open(new NewAccount(email, MEMBER_PASSWORD, "Membre", "De commission", null, Set.of()));
		organisations.appoint(entity, member, Set.of(AgentRole.COMMISSION_MEMBER));
		commissionKeys.register(member, new NewMemberKey(base64(memberKeyPair().getPublic().getEncoded()),
				protectedMemberKey()));
		return member;
	}

	public static synchronized KeyPair openingKeyPair() {
		if (openingKeyPair == null) {
			openingKeyPair = rsa3072();
		}
		return openingKeyPair;
	}

	public static synchronized KeyPair memberKeyPair() {
		if (memberKeyPair == null) {
			memberKeyPair = rsa3072();
		}
		return memberKeyPair;
	}

	public static KeyPair rsa3072() {
		return OpeningKeyPairs.generate();
	}

	/** A sealed box {@code {v, wrappedKey, iv, ciphertext}} for {@code key}, as JSON. */
	public static String sealBox(byte[] content, PublicKey key) {
		return JSON.writeValueAsString(SealedBox.seal(content, key));
	}

	/**
	 * The member key pair's private key in a passphrase box for {@link #MEMBER_PASSPHRASE}, as JSON:
	 * made once (PBKDF2's 600 000 rounds take a while).
	 */
	public static synchronized String protectedMemberKey() {
		if (protectedMemberKey == null) {
			protectedMemberKey = JSON.writeValueAsString(
					PassphraseBox.protect(memberKeyPair().getPrivate().getEncoded(), MEMBER_PASSPHRASE));
		}
		return protectedMemberKey;
	}

	public static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
