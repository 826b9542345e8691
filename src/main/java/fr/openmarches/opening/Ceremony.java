package fr.openmarches.opening;

import java.util.List;

import fr.openmarches.identity.AccountId;

/**
 * What the browser that ran an opening ceremony hands over: the consultation's opening public key,
 * the quorum, and the opening private key's shares, each sealed for one member's public key. The
 * private key itself does not travel.
 *
 * @param publicKey RSA-OAEP 3072 public key, SubjectPublicKeyInfo DER in base64
 * @param quorum how many members it takes to open (k), 1 ≤ k ≤ n
 * @param shares one per member (n), in the commission's order
 */
public record Ceremony(String publicKey, int quorum, List<SealedShare> shares) {

	/** Shamir over GF(2^8) numbers its shares with one byte. */
	public static final int MAX_MEMBERS = 255;

	public Ceremony {
		shares = shares == null ? List.of() : List.copyOf(shares);
	}

	/**
	 * The quorum proposed for {@code members}: a majority. Fewer would let a minority of the
	 * commission open alone; all of them would let one absence block the opening. The buyer may
	 * choose otherwise.
	 */
	public static int defaultQuorum(int members) {
		return members / 2 + 1;
	}

	/**
	 * @param member the commission member the share is for
	 * @param sealedShare the share in a sealed box for that member's public key (JSON object)
	 */
	public record SealedShare(AccountId member, String sealedShare) {
	}
}
