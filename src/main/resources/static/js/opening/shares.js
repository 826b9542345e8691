// A commission member's side of the opening: opens their member key with their passphrase, then
// their sealed share of a consultation's opening key; a quorum of opened shares rebuilds the
// opening private key (PKCS#8). Used by the opening ceremony, and by tests that prove the design.
import * as keys from '/js/sealed/keys.js';
import { fromBase64 } from '/js/sealed/sealed-file.js';

/**
 * Opens a sealed box {v, wrappedKey, iv, ciphertext} with a PKCS#8 RSA-OAEP private key: the AES-256
 * key unwrapped with RSA-OAEP-SHA256, then AES-GCM. Uses the sealing module's own opener when it has one.
 */
export async function openSealedBox(box, pkcs8) {
	const opener = keys.openBox ?? keys.unsealBox ?? keys.openSealedBox;
	if (opener) {
		return new Uint8Array(await opener(box, pkcs8));
	}
	const privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSA-OAEP', hash: 'SHA-256' }, false,
		['unwrapKey']);
	const contentKey = await crypto.subtle.unwrapKey('raw', fromBase64(box.wrappedKey), privateKey, { name: 'RSA-OAEP' },
		{ name: 'AES-GCM' }, false, ['decrypt']);
	return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(box.iv) }, contentKey,
		fromBase64(box.ciphertext)));
}

/** The member's share, opened with their protected private key and their passphrase. */
export async function openShare(sealedShare, protectedPrivateKey, passphrase) {
	const pkcs8 = await keys.unprotect(protectedPrivateKey, passphrase);
	try {
		return await openSealedBox(sealedShare, pkcs8);
	}
	finally {
		pkcs8.fill?.(0);
	}
}

/**
 * The opening private key (PKCS#8) rebuilt from a quorum of opened shares. With a quorum of 1 there
 * was no split: the one share is the key.
 */
export async function rebuild(shares, quorum = shares.length) {
	if (quorum === 1) {
		return new Uint8Array(shares[0]);
	}
	return new Uint8Array(await keys.combine(shares));
}
