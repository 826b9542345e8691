package fr.openmarches.demo;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.openmarches.consultation.ConsultationId;
import fr.openmarches.identity.AccountId;
import fr.openmarches.opening.Ceremony;
import fr.openmarches.opening.CommissionKeys;
import fr.openmarches.opening.NewMemberKey;
import fr.openmarches.opening.OpeningKeys;
import fr.openmarches.organisation.PurchasingEntityId;
import fr.openmarches.sealing.OpeningKeyPairs;
import fr.openmarches.sealing.PassphraseBox;
import fr.openmarches.sealing.SealedBox;
import fr.openmarches.sealing.Shamir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's opening commissions. Commission members get a member key protected by
 * {@link #PASSPHRASE} (documented in {@code docs/demo-accounts.md}), and every consultation the demo
 * publishes first gets its opening key through the ceremony a buyer's browser runs, made here with
 * the {@code sealing} module: a fresh RSA-OAEP 3072 key pair, the private key split into one Shamir
 * share per member (a majority needed), each share sealed for its member, the private key forgotten.
 * So a real opening can take place in the demo. One shortcut, for the demo only: the consultations
 * of one entity share their ceremony's result (an RSA 3072 key takes about a second to make, and
 * the demo publishes dozens of consultations); a buyer's browser makes a key per consultation.
 */
final class DemoCommissions {

	/** The passphrase of every demo member key. */
	static final String PASSPHRASE = "une phrase secrète de démonstration";

	private static final JsonMapper JSON = JsonMapper.shared();

	private final OpeningKeys openingKeys;

	private final Map<PurchasingEntityId, List<AccountId>> members;

	private final Map<AccountId, PublicKey> memberKeys = new LinkedHashMap<>();

	private final Map<PurchasingEntityId, Ceremony> ceremonies = new LinkedHashMap<>();

	DemoCommissions(OpeningKeys openingKeys, CommissionKeys commissionKeys,
			Map<PurchasingEntityId, List<AccountId>> members) {
		this.openingKeys = openingKeys;
		this.members = Map.copyOf(members);
		members.values().stream().flatMap(List::stream).distinct().forEach(member -> {
			var pair = OpeningKeyPairs.generate();
			var privateKey = pair.getPrivate().getEncoded();
			commissionKeys.register(member, new NewMemberKey(OpeningKeyPairs.spki(pair.getPublic()),
					JSON.writeValueAsString(PassphraseBox.protect(privateKey, PASSPHRASE))));
			Arrays.fill(privateKey, (byte) 0);
			memberKeys.put(member, pair.getPublic());
		});
	}

	/** Gives the draft {@code id} of {@code entity} its commission (the entity's members, a majority to open) and opening key. */
	void ceremony(ConsultationId id, PurchasingEntityId entity) {
		openingKeys.register(id, ceremonies.computeIfAbsent(entity, this::newCeremony));
	}

	private Ceremony newCeremony(PurchasingEntityId entity) {
		var commission = members.getOrDefault(entity, List.of());
		int quorum = Ceremony.defaultQuorum(commission.size());
		var opening = OpeningKeyPairs.generate();
		var secret = opening.getPrivate().getEncoded();
		// Shamir needs a quorum of 2 at least; with 1, each member holds the whole key
		var parts = quorum == 1 ? commission.stream().map(member -> secret.clone()).toList()
				: Shamir.split(secret, commission.size(), quorum);
		var shares = new ArrayList<Ceremony.SealedShare>();
		for (int i = 0; i < commission.size(); i++) {
			var sealed = SealedBox.seal(parts.get(i), memberKeys.get(commission.get(i)));
			shares.add(new Ceremony.SealedShare(commission.get(i), JSON.writeValueAsString(sealed)));
			Arrays.fill(parts.get(i), (byte) 0);
		}
		Arrays.fill(secret, (byte) 0);
		return new Ceremony(OpeningKeyPairs.spki(opening.getPublic()), quorum, shares);
	}
}
