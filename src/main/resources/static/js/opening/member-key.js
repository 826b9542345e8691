// « Ma clé de commission »: makes the member's RSA-OAEP 3072 key pair in the browser, protects the
// PKCS#8 private key with the member's passphrase (PBKDF2 + AES-GCM, /js/sealed/keys.js), offers the
// protected key as a file and sends the public key and the protected box to the platform. Neither
// the passphrase nor the bare private key leaves this page.
import * as keys from '/js/sealed/keys.js';
import { say, send } from '/js/opening/api.js';

/** What a passphrase must be, as the page states it: long, and not one character repeated. */
export function strongEnough(passphrase, minLength) {
	return passphrase.length >= minLength && new Set(passphrase).size >= 6;
}

/** A file name part from a person's name: letters and digits, accents dropped. */
export function slug(name) {
	return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '') || 'membre';
}

const form = document.getElementById('member-key-form');
const status = document.getElementById('member-key-status');

if (form) {
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const passphrase = form.querySelector('#passphrase').value;
		const minLength = Number(form.dataset.minLength);
		if (passphrase !== form.querySelector('#passphrase-confirm').value) {
			say(status, status.dataset.mismatch, 'error');
			return;
		}
		if (!strongEnough(passphrase, minLength)) {
			say(status, status.dataset.weak, 'error');
			return;
		}
		const button = document.getElementById('member-key-submit');
		button.disabled = true;
		say(status, status.dataset.working);
		try {
			const pair = await keys.generateKeyPair();
			let protectedPrivateKey;
			try {
				protectedPrivateKey = await keys.protectWithPassphrase(pair.privateKey, passphrase);
			}
			finally {
				pair.privateKey.fill(0);
			}
			const saved = await send('PUT', '/api/v1/me/commission-key', { publicKey: pair.publicKey, protectedPrivateKey });
			const file = JSON.stringify({
				format: 'openmarches/commission-key/v1',
				member: form.dataset.memberName,
				publicKey: saved.publicKey,
				fingerprint: saved.fingerprint,
				protectedPrivateKey,
			}, null, 2);
			const link = document.getElementById('member-key-download');
			link.href = URL.createObjectURL(new Blob([file], { type: 'application/json' }));
			link.download = `cle-commission-${slug(form.dataset.memberName)}.json`;
			document.getElementById('member-key-saved').hidden = false;
			form.reset();
			say(status, `${status.dataset.done} (${saved.fingerprint})`, 'success');
			status.dataset.fingerprint = saved.fingerprint;
		}
		catch (error) {
			say(status, `${status.dataset.failed} ${error.message}`, 'error');
		}
		finally {
			button.disabled = false;
		}
	});
	// tells tests (and styles) that the form now works
	form.dataset.ready = 'true';
}
