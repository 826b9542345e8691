// Writes vectors.json: known answers for the sealing formats (docs/sealing.md), computed with
// Node's WebCrypto (OpenSSL) and the npm shamir-secret-sharing package, so that neither of the
// two implementations under test (static/js/sealed and fr.openmarches.sealing) made its own answers.
// Run from the repository root after `npm ci` in frontend/:
//   node src/test/resources/sealing/make-vectors.mjs > src/test/resources/sealing/vectors.json
import { webcrypto as crypto } from 'node:crypto';
import { split } from '../../../../frontend/node_modules/shamir-secret-sharing/esm/index.js';

const subtle = crypto.subtle;
const hex = bytes => Buffer.from(bytes).toString('hex');
const b64 = bytes => Buffer.from(bytes).toString('base64');
const sha256 = async bytes => hex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
const range = (length, f) => Uint8Array.from({ length }, (_, i) => f(i));

async function sealedFile(name, contentKey, salt, chunkSize, plaintext) {
	const hkdf = await subtle.importKey('raw', contentKey, 'HKDF', false, ['deriveBits']);
	const fileKey = new Uint8Array(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt,
		info: new TextEncoder().encode('openmarches/sealed-file/v1') }, hkdf, 256));
	const aes = await subtle.importKey('raw', fileKey, 'AES-GCM', false, ['encrypt']);
	const aad = Buffer.concat([Buffer.from('OMS1'), u32(chunkSize), salt]);
	const n = Math.max(1, Math.ceil(plaintext.length / chunkSize));
	const chunks = [];
	for (let i = 0; i < n; i++) {
		const iv = Buffer.concat([Buffer.alloc(7), u32(i), Buffer.from([i === n - 1 ? 1 : 0])]);
		const chunk = plaintext.subarray(i * chunkSize, Math.min((i + 1) * chunkSize, plaintext.length));
		chunks.push(Buffer.from(await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, aes, chunk)));
	}
	const sealed = Buffer.concat(chunks);
	return { name, contentKey: hex(contentKey), salt: hex(salt), chunkSize, fileKey: hex(fileKey),
		plaintext: hex(plaintext), plainSha256: await sha256(plaintext),
		sealed: hex(sealed), sealedSha256: await sha256(sealed) };
}

function u32(value) {
	const bytes = Buffer.alloc(4);
	bytes.writeUInt32BE(value);
	return bytes;
}

const contentKey = range(32, i => i);
const salt = range(16, i => 0xa0 + i);
const text = range(2100, i => (i * 7 + 3) & 0xff);
const sealedFiles = [
	await sealedFile('empty', contentKey, salt, 1024, new Uint8Array(0)),
	await sealedFile('one full chunk', contentKey, salt, 1024, text.subarray(0, 1024)),
	await sealedFile('two full chunks and 52 bytes', contentKey, salt, 1024, text),
];

const rsa = { name: 'RSA-OAEP', hash: 'SHA-256' };
const pair = await subtle.generateKey({ ...rsa, modulusLength: 3072, publicExponent: new Uint8Array([1, 0, 1]) },
	true, ['encrypt', 'decrypt']);
const spki = new Uint8Array(await subtle.exportKey('spki', pair.publicKey));
const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey));
const wrapped = new Uint8Array(await subtle.encrypt({ name: 'RSA-OAEP' }, pair.publicKey, contentKey));

const boxKey = range(32, i => 0x40 + i);
const boxIv = range(12, i => 0x70 + i);
const boxPlain = new TextEncoder().encode('share of the opening key, sealed for one member');
const boxAes = await subtle.importKey('raw', boxKey, 'AES-GCM', false, ['encrypt']);
const sealedBox = {
	v: 1,
	wrappedKey: b64(new Uint8Array(await subtle.encrypt({ name: 'RSA-OAEP' }, pair.publicKey, boxKey))),
	iv: b64(boxIv),
	ciphertext: b64(new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: boxIv }, boxAes, boxPlain))),
};

// NFC "Clé de séance" plus a character outside the BMP, to pin UTF-8 and normalization.
const passphrase = 'Cl\u00e9 de s\u00e9ance \u{1F510}';
const ppSalt = range(16, i => 0x10 + i);
const ppIv = range(12, i => 0x30 + i);
const ppPlain = range(48, i => 0xff - i);
const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
const ppKey = await subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: ppSalt, iterations: 600000 }, material,
	{ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
const passphraseBox = { v: 1, kdf: 'PBKDF2-SHA256', iterations: 600000, salt: b64(ppSalt), iv: b64(ppIv),
	ciphertext: b64(new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv: ppIv }, ppKey, ppPlain))) };

const secret = range(32, i => 0xc0 ^ i);
const shares = await split(secret, 5, 3);

console.log(JSON.stringify({
	about: 'Known answers for docs/sealing.md, made by make-vectors.mjs. The RSA key is a test key, nothing else.',
	sealedFiles,
	openingKey: { spki: b64(spki), pkcs8: b64(pkcs8), fingerprint: await sha256(spki) },
	wrappedContentKey: { contentKey: hex(contentKey), wrapped: b64(wrapped) },
	sealedBox: { box: sealedBox, plaintext: hex(boxPlain) },
	passphraseBox: { passphrase, box: passphraseBox, plaintext: hex(ppPlain) },
	shamir: { secret: hex(secret), threshold: 3, shares: shares.map(hex) },
}, null, '\t'));
