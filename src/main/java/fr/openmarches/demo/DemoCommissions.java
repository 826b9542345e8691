package fr.openmarches.demo;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import fr.openmarches.opening.Ceremony;
import fr.openmarches.opening.CommissionKeys;
import fr.openmarches.opening.NewMemberKey;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.organisation.PurchasingEntityId;

/**
 * The demo's opening commissions. Commission members get a member key protected by
 * {@link #PASSPHRASE} (documented in {@code docs/demo-accounts.md}), and every consultation the demo
 * publishes first gets its opening key through the same ceremony a buyer's browser runs, made here
 * in Java: a fresh RSA-OAEP 3072 key pair, the private key split into one share per member and each
 * share sealed for its member, then forgotten. So a real opening can take place in the demo.
 *
 * <p>Interim, until the {@code sealing} module's {@code Shamir} lands: shares are those of a quorum
 * of 1 (the secret itself with its x coordinate, in npm {@code shamir-secret-sharing}'s format).
 */
final class DemoCommissions {

	/** The passphrase of every demo member key. */
	static final String PASSPHRASE = "une phrase secrète de démonstration";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final OAEPParameterSpec OAEP = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
			PSource.PSpecified.DEFAULT);

	private final OpeningKeys openingKeys;

	private final Map<PurchasingEntityId, List<AccountId>> members;

	private final Map<AccountId, PublicKey> memberKeys = new LinkedHashMap<>();

	DemoCommissions(OpeningKeys openingKeys, CommissionKeys commissionKeys,
			Map<PurchasingEntityId, List<AccountId>> members) {
		this.openingKeys = openingKeys;
		this.members = Map.copyOf(members);
		members.values().stream().flatMap(List::stream).distinct().forEach(member -> {
			var pair = rsa3072();
			commissionKeys.register(member, new NewMemberKey(base64(pair.getPublic().getEncoded()),
					protect(pair.getPrivate().getEncoded(), PASSPHRASE.toCharArray())));
			memberKeys.put(member, pair.getPublic());
		});
	}

	/** Gives the draft {@code id} of {@code entity} its commission (the entity's members) and opening key. */
	void ceremony(ConsultationId id, PurchasingEntityId entity) {
		var commission = members.getOrDefault(entity, List.of());
		var opening = rsa3072();
		var secret = opening.getPrivate().getEncoded();
		var shares = new ArrayList<Ceremony.SealedShare>();
		for (int i = 0; i < commission.size(); i++) {
			var share = Arrays.copyOf(secret, secret.length + 1);
			share[secret.length] = (byte) (i + 1);
			shares.add(new Ceremony.SealedShare(commission.get(i), seal(share, memberKeys.get(commission.get(i)))));
			Arrays.fill(share, (byte) 0);
		}
		Arrays.fill(secret, (byte) 0);
		openingKeys.register(id, new Ceremony(base64(opening.getPublic().getEncoded()), 1, shares));
	}

	private static KeyPair rsa3072() {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(new RSAKeyGenParameterSpec(3072, RSAKeyGenParameterSpec.F4), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A sealed box {@code {v, wrappedKey, iv, ciphertext}}: AES-256-GCM under a fresh key wrapped with RSA-OAEP-SHA256. */
	private static String seal(byte[] content, PublicKey key) {
		try {
			var generator = KeyGenerator.getInstance("AES");
			generator.init(256, RANDOM);
			var aes = generator.generateKey();
			var rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
			rsa.init(Cipher.WRAP_MODE, key, OAEP, RANDOM);
			var iv = random(12);
			var gcm = Cipher.getInstance("AES/GCM/NoPadding");
			gcm.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(128, iv));
			return "{\"v\":1,\"wrappedKey\":\"" + base64(rsa.wrap(aes)) + "\",\"iv\":\"" + base64(iv)
					+ "\",\"ciphertext\":\"" + base64(gcm.doFinal(content)) + "\"}";
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A passphrase box: PBKDF2-HMAC-SHA256 (600 000 iterations, 16-byte salt), then AES-256-GCM. */
	private static String protect(byte[] content, char[] passphrase) {
		try {
			var salt = random(16);
			int iterations = 600_000;
			var derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
				.generateSecret(new PBEKeySpec(passphrase, salt, iterations, 256))
				.getEncoded();
			var iv = random(12);
			var gcm = Cipher.getInstance("AES/GCM/NoPadding");
			gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(derived, "AES"), new GCMParameterSpec(128, iv));
			return "{\"v\":1,\"kdf\":\"PBKDF2-SHA256\",\"iterations\":" + iterations + ",\"salt\":\"" + base64(salt)
					+ "\",\"iv\":\"" + base64(iv) + "\",\"ciphertext\":\"" + base64(gcm.doFinal(content)) + "\"}";
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] random(int length) {
		var bytes = new byte[length];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
