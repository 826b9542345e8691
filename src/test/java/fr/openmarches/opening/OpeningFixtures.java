package fr.openmarches.opening;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.consultation.ConsultationService;
import fr.openmarches.consultation.Requirement;
import fr.openmarches.identity.AccountId;
import fr.openmarches.identity.AccountService;
import fr.openmarches.identity.NewAccount;
import fr.openmarches.organisation.AgentRole;
import fr.openmarches.organisation.OrganisationService;
import fr.openmarches.organisation.PurchasingEntityId;
import org.springframework.boot.test.context.TestComponent;

/**
 * Opening keys for tests, which have no browser to run the ceremony: {@link #prepare} gives a draft
 * a commission of one member (quorum 1) and an opening key, made in Java, and keeps the opening
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

	private static final SecureRandom RANDOM = new SecureRandom();

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

	OpeningFixtures(OpeningKeys openingKeys, CommissionKeys commissionKeys, ConsultationService consultations,
			AccountService accounts, OrganisationService organisations) {
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
		var share = singleShare(opening.getPrivate().getEncoded());
		openingKeys.register(id, new Ceremony(base64(opening.getPublic().getEncoded()), 1,
				List.of(new Ceremony.SealedShare(member, sealBox(share, memberKeyPair().getPublic())))));
		OPENING_KEYS.put(id, opening.getPrivate());
	}

	/** A new commission member of {@code entity}, with the shared member key. */
	public AccountId commissionMember(PurchasingEntityId entity) {
		var email = "commission." + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		var member = accounts.open(new NewAccount(email, MEMBER_PASSWORD, "Membre", "De commission", null, Set.of()));
		organisations.appoint(entity, member, Set.of(AgentRole.COMMISSION_MEMBER));
		commissionKeys.register(member, new NewMemberKey(base64(memberKeyPair().getPublic().getEncoded()),
				"{\"v\":1,\"fixture\":\"no passphrase box in Java fixtures\"}"));
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
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The one share of a 1-of-1 Shamir split, in the format of npm {@code shamir-secret-sharing}
	 * (the polynomial's values, then its x coordinate): with a quorum of 1 the polynomial is the
	 * secret itself, so any nonzero x will do.
	 */
	static byte[] singleShare(byte[] secret) {
		var share = Arrays.copyOf(secret, secret.length + 1);
		share[secret.length] = 1;
		return share;
	}

	/**
	 * A sealed box {@code {v, wrappedKey, iv, ciphertext}}: a fresh AES-256-GCM key, wrapped with
	 * RSA-OAEP-SHA256 for {@code key} ({@code docs/sealing.md}).
	 */
	public static String sealBox(byte[] content, PublicKey key) {
		try {
			var generator = KeyGenerator.getInstance("AES");
			generator.init(256);
			var aes = generator.generateKey();
			var rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
			rsa.init(Cipher.WRAP_MODE, key, OAEP);
			var iv = new byte[12];
			RANDOM.nextBytes(iv);
			var gcm = Cipher.getInstance("AES/GCM/NoPadding");
			gcm.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(128, iv));
			return "{\"v\":1,\"wrappedKey\":\"" + base64(rsa.wrap(aes)) + "\",\"iv\":\"" + base64(iv)
					+ "\",\"ciphertext\":\"" + base64(gcm.doFinal(content)) + "\"}";
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			PSource.PSpecified.DEFAULT);

	public static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
