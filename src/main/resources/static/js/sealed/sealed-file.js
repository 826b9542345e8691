/**
 * Sealed files (format OMS1, see docs/sealing.md): AES-256-GCM in chunks, sealed in the
 * supplier's browser before anything leaves it. The Java twin is fr.openmarches.sealing.SealedFiles;
 * the cross-language vectors test proves both read each other's bytes.
 *
 * Chunks are sealed one at a time so that a file of any size streams in constant memory and a
 * resumed upload re-seals only the missing chunks (the nonce depends on the index alone).
 *
 * @module sealed/sealed-file
 */
import { sha256 } from '../../vendor/noble-hashes/sha2.js';
import { bytesToHex } from '../../vendor/noble-hashes/utils.js';

/** Plaintext bytes per chunk unless the manifest says otherwise: 4 MiB. */
export const DEFAULT_CHUNK_SIZE = 4 * 1024 * 1024;

/** Smallest and largest chunk sizes the format allows (1 KiB, 64 MiB). */
export const MIN_CHUNK_SIZE = 1024;
export const MAX_CHUNK_SIZE = 64 * 1024 * 1024;

/** Bytes a sealed chunk adds to its plaintext: the GCM tag. */
export const TAG_LENGTH = 16;

const FILE_KEY_INFO = new TextEncoder().encode('openmarches/sealed-file/v1');
const MAGIC = new TextEncoder().encode('OMS1');
const MAX_CHUNKS = 2 ** 32;

/**
 * A fresh content key: one per deposit, never reused.
 * @returns {Uint8Array} 32 random bytes
 */
export function newContentKey() {
	return crypto.getRandomValues(new Uint8Array(32));
}

/**
 * A fresh salt: one per file, recorded in the manifest next to it.
 * @returns {Uint8Array} 16 random bytes
 */
export function newFileSalt() {
	return crypto.getRandomValues(new Uint8Array(16));
}

/**
 * The file's own AES-256-GCM key: HKDF-SHA256(ikm = contentKey, salt, info = "openmarches/sealed-file/v1").
 * Not extractable: the page can seal and open with it, never read it.
 * @param {Uint8Array} contentKey the deposit's 32-byte content key
 * @param {Uint8Array} salt the file's 16-byte salt
 * @returns {Promise<CryptoKey>}
 */
export async function fileKey(contentKey, salt) {
	requireLength(contentKey, 32, 'content key');
	requireLength(salt, 16, 'salt');
	const ikm = await crypto.subtle.importKey('raw', contentKey, 'HKDF', false, ['deriveKey']);
	return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info: FILE_KEY_INFO }, ikm,
		{ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * The same file key as raw bytes, for the opening session: the host's browser hands the server the
 * keys of the files of one envelope, never the content key (see docs/sealing.md, Opening session).
 * Java twin: SealedFiles.fileKey.
 * @param {Uint8Array} contentKey the deposit's 32-byte content key
 * @param {Uint8Array} salt the file's 16-byte salt
 * @returns {Promise<Uint8Array>} 32 bytes
 */
export async function fileKeyBytes(contentKey, salt) {
	requireLength(contentKey, 32, 'content key');
	requireLength(salt, 16, 'salt');
	const ikm = await crypto.subtle.importKey('raw', contentKey, 'HKDF', false, ['deriveBits']);
	return new Uint8Array(await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt, info: FILE_KEY_INFO },
		ikm, 256));
}

/**
 * How many chunks a file of this size has: at least one, so an empty file still carries a tag.
 * @param {number} size plaintext bytes
 * @param {number} chunkSize plaintext bytes per chunk
 * @returns {number}
 */
export function chunkCount(size, chunkSize) {
	requireChunkSize(chunkSize);
	if (!Number.isSafeInteger(size) || size < 0) {
		throw new RangeError(`size must be a non-negative integer, not ${size}`);
	}
	return Math.max(1, Math.ceil(size / chunkSize));
}

/**
 * The sealed length of a file: its size plus one tag per chunk.
 * @param {number} size plaintext bytes
 * @param {number} chunkSize plaintext bytes per chunk
 * @returns {number}
 */
export function sealedSize(size, chunkSize) {
	return size + TAG_LENGTH * chunkCount(size, chunkSize);
}

/**
 * Seals chunk `index` of a file. Every chunk but the last is exactly `chunkSize` long;
 * the last holds the rest and is empty only when the whole file is.
 * @param {CryptoKey} fileKey from {@link fileKey}
 * @param {Uint8Array} salt the file's salt (bound into every chunk)
 * @param {number} chunkSize plaintext bytes per chunk
 * @param {number} index chunk number, from 0
 * @param {boolean} last whether this is the file's final chunk
 * @param {Uint8Array} plaintext the chunk's bytes
 * @returns {Promise<Uint8Array>} ciphertext followed by the 16-byte tag
 */
export async function sealChunk(fileKey, salt, chunkSize, index, last, plaintext) {
	requireChunkShape(chunkSize, index, last, plaintext.length, 'plaintext');
	const sealed = await crypto.subtle.encrypt(chunkParameters(salt, chunkSize, index, last), fileKey, plaintext);
	return new Uint8Array(sealed);
}

/**
 * Opens chunk `index`. A chunk opened at another index, with the wrong last flag, under another
 * key, salt or chunk size, or altered in any bit fails.
 * @param {CryptoKey} fileKey from {@link fileKey}
 * @param {Uint8Array} salt the file's salt
 * @param {number} chunkSize plaintext bytes per chunk
 * @param {number} index chunk number, from 0
 * @param {boolean} last whether this is the file's final chunk
 * @param {Uint8Array} sealed the sealed chunk (ciphertext and tag)
 * @returns {Promise<Uint8Array>} the plaintext
 * @throws {Error} when the chunk does not open (its tag does not match)
 */
export async function openChunk(fileKey, salt, chunkSize, index, last, sealed) {
	if (sealed.length < TAG_LENGTH) {
		throw new Error(`Sealed chunk ${index} is shorter than its tag: the file is truncated`);
	}
	requireChunkShape(chunkSize, index, last, sealed.length - TAG_LENGTH, 'sealed');
	try {
		const plain = await crypto.subtle.decrypt(chunkParameters(salt, chunkSize, index, last), fileKey, sealed);
		return new Uint8Array(plain);
	}
	catch (e) {
		throw new Error(`Sealed chunk ${index}${last ? ' (last)' : ''} does not open: wrong key, altered, `
			+ 'reordered or truncated data', { cause: e });
	}
}

/**
 * Wraps a content key for the consultation's opening key (RSA-OAEP, SHA-256).
 * @param {Uint8Array} contentKey 32 bytes
 * @param {string} openingSpkiBase64 the opening public key, SubjectPublicKeyInfo DER in base64
 * @returns {Promise<string>} the 384-byte wrapped key in base64
 */
export async function wrapContentKey(contentKey, openingSpkiBase64) {
	requireLength(contentKey, 32, 'content key');
	const openingKey = await crypto.subtle.importKey('spki', fromBase64(openingSpkiBase64),
		{ name: 'RSA-OAEP', hash: 'SHA-256' }, false, ['encrypt']);
	return base64(new Uint8Array(await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, openingKey, contentKey)));
}

/**
 * Unwraps a content key with the opening private key, once the commission has rebuilt it.
 * @param {string} wrappedBase64 what {@link wrapContentKey} made (or Java's ContentKeys.wrap)
 * @param {Uint8Array} openingPkcs8 the opening private key, PKCS#8 DER
 * @returns {Promise<Uint8Array>} the 32-byte content key
 * @throws {Error} when the key was wrapped for another key pair, or altered
 */
export async function unwrapContentKey(wrappedBase64, openingPkcs8) {
	const openingKey = await crypto.subtle.importKey('pkcs8', openingPkcs8, { name: 'RSA-OAEP', hash: 'SHA-256' },
		false, ['decrypt']);
	let contentKey;
	try {
		contentKey = new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, openingKey,
			fromBase64(wrappedBase64)));
	}
	catch (e) {
		throw new Error('The wrapped content key does not open with this private key (another key pair, or altered)',
			{ cause: e });
	}
	requireLength(contentKey, 32, 'unwrapped content key');
	return contentKey;
}

/**
 * The fingerprint the manifest records next to a wrapped key: SHA-256 of the SPKI DER.
 * @param {string} spkiBase64 a public key, SubjectPublicKeyInfo DER in base64
 * @returns {Promise<string>} 64 lower-case hex digits
 */
export async function spkiFingerprint(spkiBase64) {
	return bytesToHex(new Uint8Array(await crypto.subtle.digest('SHA-256', fromBase64(spkiBase64))));
}

/**
 * SHA-256 over bytes given piece by piece (WebCrypto only hashes whole buffers): a multi-GB file is
 * hashed chunk by chunk as it is read and sealed.
 */
export class Sha256Stream {
	#hash = sha256.create();
	#hex = null;

	/**
	 * @param {Uint8Array} bytes the next bytes
	 * @returns {Sha256Stream} this, for chaining
	 */
	update(bytes) {
		if (this.#hex !== null) {
			throw new Error('This digest is finished: hex() was called');
		}
		this.#hash.update(bytes);
		return this;
	}

	/**
	 * Finishes the digest; later calls return the same value.
	 * @returns {string} 64 lower-case hex digits
	 */
	hex() {
		if (this.#hex === null) {
			this.#hex = bytesToHex(this.#hash.digest());
		}
		return this.#hex;
	}
}

/**
 * Standard base64 with padding, as every binary value travels in JSON.
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function base64(bytes) {
	if (typeof bytes.toBase64 === 'function') {
		return bytes.toBase64();
	}
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

/**
 * @param {string} text standard base64
 * @returns {Uint8Array}
 */
export function fromBase64(text) {
	if (typeof Uint8Array.fromBase64 === 'function') {
		return Uint8Array.fromBase64(text);
	}
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) {
		bytes[i] = binary.charCodeAt(i);
	}
	return bytes;
}

/** AES-GCM parameters of one chunk: nonce = 7 zero bytes ‖ uint32_be(index) ‖ last; aad = "OMS1" ‖ uint32_be(chunkSize) ‖ salt. */
function chunkParameters(salt, chunkSize, index, last) {
	requireLength(salt, 16, 'salt');
	const iv = new Uint8Array(12);
	new DataView(iv.buffer).setUint32(7, index);
	iv[11] = last ? 1 : 0;
	const additionalData = new Uint8Array(24);
	additionalData.set(MAGIC, 0);
	new DataView(additionalData.buffer).setUint32(4, chunkSize);
	additionalData.set(salt, 8);
	return { name: 'AES-GCM', iv, additionalData, tagLength: 128 };
}

function requireChunkShape(chunkSize, index, last, length, what) {
	requireChunkSize(chunkSize);
	if (!Number.isInteger(index) || index < 0 || index >= MAX_CHUNKS) {
		throw new RangeError(`chunk index must be an integer from 0 to 2^32 - 1, not ${index}`);
	}
	// Only these lengths keep sealedSize() a function of the plain size, which the manifest checks.
	const fits = last ? length <= chunkSize && (length > 0 || index === 0) : length === chunkSize;
	if (!fits) {
		throw new RangeError(`chunk ${index} has ${length} ${what} bytes: a chunk before the last holds exactly `
			+ `${chunkSize}, the last 1 to ${chunkSize} (0 only for an empty file)`);
	}
}

function requireChunkSize(chunkSize) {
	if (!Number.isInteger(chunkSize) || chunkSize < MIN_CHUNK_SIZE || chunkSize > MAX_CHUNK_SIZE) {
		throw new RangeError(`chunk size must be from ${MIN_CHUNK_SIZE} to ${MAX_CHUNK_SIZE} bytes, not ${chunkSize}`);
	}
}

function requireLength(bytes, length, what) {
	if (!(bytes instanceof Uint8Array) || bytes.length !== length) {
		throw new TypeError(`${what} must be a Uint8Array of ${length} bytes`);
	}
}
