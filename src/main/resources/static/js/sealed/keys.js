/**
 * The keys around sealed bids, handled in the browser of the person who holds them: the opening key
 * pair of a consultation, its threshold split among the commission, each member's share sealed for
 * that member, and private keys kept under a passphrase. Formats in docs/sealing.md; the Java twins
 * are fr.openmarches.sealing.OpeningKeyPairs, SealedBox, PassphraseBox and Shamir.
 *
 * @module sealed/keys
 */
import { split as shamirSplit, combine as shamirCombine } from '../../vendor/shamir-secret-sharing/index.js';
import { base64, fromBase64 } from './sealed-file.js';

const RSA_OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' };

/** PBKDF2-HMAC-SHA256 iterations for new passphrase boxes (OWASP 2023). */
export const PASSPHRASE_ITERATIONS = 600_000;

// Fewer would be a weakened box; far more would freeze the page (a crafted box as a denial of service).
const MAX_PASSPHRASE_ITERATIONS = 10_000_000;

/**
 * A new opening (or personal) key pair: RSA-OAEP, 3072 bits, e = 65537, SHA-256. Extractable, since
 * the private key is split or put under a passphrase right away.
 * @returns {Promise<{publicKey: string, privateKey: Uint8Array}>} SPKI DER in base64, PKCS#8 DER
 */
export async function generateKeyPair() {
	const pair = await crypto.subtle.generateKey(
		{ ...RSA_OAEP, modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]) }, true,
		['encrypt', 'decrypt']);
	const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
	const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
	return { publicKey: base64(spki), privateKey: pkcs8 };
}

/**
 * Seals bytes of any length for the holder of a private key: a fresh AES-256-GCM key encrypts the
 * bytes and is itself wrapped with RSA-OAEP (an RSA block holds at most 318 bytes).
 * @param {Uint8Array} bytes what to seal, e.g. a key share
 * @param {string} spkiBase64 the recipient's public key, SPKI DER in base64
 * @returns {Promise<{v: 1, wrappedKey: string, iv: string, ciphertext: string}>} all base64
 */
export async function sealBox(bytes, spkiBase64) {
	const recipient = await crypto.subtle.importKey('spki', fromBase64(spkiBase64), RSA_OAEP, false, ['encrypt']);
	const boxKey = crypto.getRandomValues(new Uint8Array(32));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const aes = await crypto.subtle.importKey('raw', boxKey, 'AES-GCM', false, ['encrypt']);
	const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, bytes);
	const wrappedKey = await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, recipient, boxKey);
	boxKey.fill(0);
	return { v: 1, wrappedKey: base64(new Uint8Array(wrappedKey)), iv: base64(iv),
		ciphertext: base64(new Uint8Array(ciphertext)) };
}

/**
 * Opens a box made by {@link sealBox} (here or in Java).
 * @param {{v: number, wrappedKey: string, iv: string, ciphertext: string}} box
 * @param {Uint8Array} pkcs8Bytes the recipient's private key, PKCS#8 DER
 * @returns {Promise<Uint8Array>} the sealed bytes
 * @throws {Error} when the box is not for this key or was altered
 */
export async function openBox(box, pkcs8Bytes) {
	requireVersion(box);
	const recipient = await crypto.subtle.importKey('pkcs8', pkcs8Bytes, RSA_OAEP, false, ['decrypt']);
	try {
		const boxKey = await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, recipient, fromBase64(box.wrappedKey));
		const aes = await crypto.subtle.importKey('raw', boxKey, 'AES-GCM', false, ['decrypt']);
		const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(box.iv) }, aes,
			fromBase64(box.ciphertext));
		return new Uint8Array(plain);
	}
	catch (e) {
		throw new Error('This sealed box does not open with this key (another recipient, or altered)', { cause: e });
	}
}

/**
 * Protects bytes (a private key) with a passphrase: PBKDF2-HMAC-SHA256 over the passphrase's UTF-8
 * bytes in Unicode NFC (so "é" typed on any system is the same passphrase), then AES-256-GCM.
 * @param {Uint8Array} bytes what to protect
 * @param {string} passphrase not empty
 * @returns {Promise<{v: 1, kdf: 'PBKDF2-SHA256', iterations: number, salt: string, iv: string, ciphertext: string}>}
 */
export async function protectWithPassphrase(bytes, passphrase) {
	const salt = crypto.getRandomValues(new Uint8Array(16));
	const iv = crypto.getRandomValues(new Uint8Array(12));
	const aes = await passphraseKey(passphrase, salt, PASSPHRASE_ITERATIONS, 'encrypt');
	const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, aes, bytes);
	return { v: 1, kdf: 'PBKDF2-SHA256', iterations: PASSPHRASE_ITERATIONS, salt: base64(salt), iv: base64(iv),
		ciphertext: base64(new Uint8Array(ciphertext)) };
}

/**
 * Opens a box made by {@link protectWithPassphrase} (here or in Java).
 * @param {{v: number, kdf: string, iterations: number, salt: string, iv: string, ciphertext: string}} box
 * @param {string} passphrase
 * @returns {Promise<Uint8Array>} the protected bytes
 * @throws {Error} "Wrong passphrase …" when the passphrase is wrong (or the box altered)
 */
export async function unprotect(box, passphrase) {
	requireVersion(box);
	if (box.kdf !== 'PBKDF2-SHA256') {
		throw new Error(`Unknown key derivation "${box.kdf}"`);
	}
	if (!Number.isInteger(box.iterations) || box.iterations < PASSPHRASE_ITERATIONS
			|| box.iterations > MAX_PASSPHRASE_ITERATIONS) {
		throw new Error(`PBKDF2 iterations must be from ${PASSPHRASE_ITERATIONS} to ${MAX_PASSPHRASE_ITERATIONS}, `
			+ `not ${box.iterations}`);
	}
	const aes = await passphraseKey(passphrase, fromBase64(box.salt), box.iterations, 'decrypt');
	try {
		return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(box.iv) }, aes,
			fromBase64(box.ciphertext)));
	}
	catch (e) {
		throw new Error('Wrong passphrase (or the protected data was altered)', { cause: e });
	}
}

/**
 * Splits a secret into `n` Shamir shares, any `k` of which rebuild it (GF(2^8), npm
 * shamir-secret-sharing). A share is the secret's length plus one byte: its x coordinate, last.
 * @param {Uint8Array} secretBytes not empty
 * @param {number} n shares, 2 to 255
 * @param {number} k threshold, 2 to n
 * @returns {Promise<Uint8Array[]>}
 */
export async function split(secretBytes, n, k) {
	// The library checks exact constructors: copy so typed arrays from elsewhere (another frame) pass.
	return shamirSplit(new Uint8Array(secretBytes), n, k);
}

/**
 * Rebuilds a secret from shares. Fewer shares than the threshold give wrong bytes, not an error:
 * check the result (e.g. that the private key matches the consultation's public key).
 * @param {Uint8Array[]} shares at least the threshold, from one split
 * @returns {Promise<Uint8Array>}
 */
export async function combine(shares) {
	return shamirCombine(Array.from(shares, share => new Uint8Array(share)));
}

async function passphraseKey(passphrase, salt, iterations, usage) {
	if (typeof passphrase !== 'string' || passphrase.length === 0) {
		throw new TypeError('The passphrase must be a non-empty string');
	}
	const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')),
		'PBKDF2', false, ['deriveKey']);
	return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material,
		{ name: 'AES-GCM', length: 256 }, false, [usage]);
}

function requireVersion(box) {
	if (box?.v !== 1) {
		throw new Error(`Unknown box version ${box?.v}`);
	}
}
