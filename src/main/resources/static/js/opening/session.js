// The opening session page (docs/sealing.md, « Opening session »). Everything secret happens here,
// in the members' browsers: the host's tab makes the session key pair and keeps its private key in
// memory only; each member opens their share with their passphrase and re-seals it for the session
// public key once they checked its fingerprint with the host; the host's tab rebuilds the opening key,
// checks it, and hands the server only the file keys of the envelope being opened.
import * as keys from '/js/sealed/keys.js';
import { base64, fileKeyBytes, fromBase64, spkiFingerprint } from '/js/sealed/sealed-file.js';
import { send, say } from './api.js';
import { openShare, rebuild } from './shares.js';

const RSA_OAEP = { name: 'RSA-OAEP', hash: 'SHA-256' };
const POLL_MS = 4000;

const root = document.getElementById('opening-session');
const status = document.getElementById('session-status');

/** The session private key (PKCS#8), in this tab's memory only, from the start to the end of the session. */
let sessionPrivateKey = null;
/** The rebuilt opening private key, imported non-extractable. */
let openingKey = null;
/** The opening as the API last answered. */
let view = null;
/** The session public key whose fingerprint this tab shows (the one a member checks and seals for). */
let shownKey = null;

const text = (name) => root.getAttribute(`data-${name}`) ?? name;

/** `abcd1234…` as `abcd 1234 …`, to be read aloud. */
export function groups(hex) {
	return (hex.match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * The file keys of the pieces of `envelope` still to open, derived from each deposit's content key
 * unwrapped with the opening private key. Content keys are wiped once used.
 * @returns {Promise<{keys: {deposit: string, position: number, fileKey: string}[], refused: string[]}>}
 */
export async function fileKeysOf(deposits, envelope, openingPrivateKey) {
	const result = { keys: [], refused: [] };
	for (const deposit of deposits) {
		const pieces = deposit.pieces.filter((p) => p.envelope === envelope
			&& (p.outcome === null || !['OPENED', 'HASH_MISMATCH'].includes(p.outcome)));
		if (pieces.length === 0) {
			continue;
		}
		let contentKey;
		try {
			contentKey = new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, openingPrivateKey,
				fromBase64(deposit.wrappedKey)));
		}
		catch {
			result.refused.push(deposit.number);
			continue;
		}
		try {
			for (const piece of pieces) {
				const fileKey = await fileKeyBytes(contentKey, fromBase64(piece.salt));
				result.keys.push({ deposit: deposit.id, position: piece.position, fileKey: base64(fileKey) });
				fileKey.fill(0);
			}
		}
		finally {
			contentKey.fill(0);
		}
	}
	return result;
}

/**
 * Imports a rebuilt opening private key and checks it against the opening public key: it must open
 * a random value just wrapped for the public key (fewer than k shares combine to wrong bytes, not an
 * error). Returns the non-extractable key, or null when it does not match.
 */
export async function checkedOpeningKey(pkcs8, openingPublicKey) {
	let privateKey;
	try {
		privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, RSA_OAEP, false, ['decrypt']);
	}
	catch {
		return null;
	}
	const publicKey = await crypto.subtle.importKey('spki', fromBase64(openingPublicKey), RSA_OAEP, false, ['encrypt']);
	const probe = crypto.getRandomValues(new Uint8Array(32));
	try {
		const opened = new Uint8Array(await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey,
			await crypto.subtle.encrypt({ name: 'RSA-OAEP' }, publicKey, probe)));
		return opened.length === probe.length && opened.every((b, i) => b === probe[i]) ? privateKey : null;
	}
	catch {
		return null;
	}
}

async function refresh() {
	view = await send('GET', root.dataset.api);
	await render();
}

async function render() {
	const session = view.session;
	const current = document.getElementById('session-current');
	const join = document.getElementById('session-join-form');
	const start = document.getElementById('session-start-form');
	current.hidden = !session;
	if (join) {
		join.hidden = !session;
	}
	if (start) {
		start.hidden = Boolean(session);
	}
	if (session) {
		document.getElementById('session-envelope-name').textContent = text(`envelope-${session.envelope}`);
		document.getElementById('session-host').textContent = session.hostName;
		if (shownKey !== session.publicKey) {
			// the fingerprint shown is computed here, from the key this tab will seal for: not taken from the server
			const fingerprint = await spkiFingerprint(session.publicKey);
			document.getElementById('session-fingerprint').textContent = groups(fingerprint);
			shownKey = session.publicKey;
			const checked = document.getElementById('session-fingerprint-checked');
			if (checked) {
				checked.checked = false;
			}
		}
		document.getElementById('session-present').textContent = session.present.map((p) => p.name).join(', ');
		document.getElementById('session-needed').textContent = text('msg-needed').replace('{0}', session.needed);
	}
	const hosting = Boolean(session) && sessionPrivateKey !== null;
	document.getElementById('session-host-actions').hidden = !hosting;
	document.getElementById('session-rebuild').disabled = !hosting || session.needed > 0 || openingKey !== null;
	document.getElementById('session-open').disabled = !hosting || openingKey === null;
	for (const deposit of [...view.deposits, ...view.lateDeposits]) {
		for (const piece of deposit.pieces) {
			const row = document.querySelector(`tr[data-piece="${deposit.id}/${piece.position}"]`);
			if (!row) {
				continue;
			}
			row.querySelector('.piece-outcome').textContent = text(`outcome-${piece.outcome ?? 'none'}`);
			row.dataset.outcome = piece.outcome ?? '';
			if (piece.fileName) {
				row.querySelector('.piece-name span').textContent = piece.fileName;
			}
			if (piece.origin && !row.querySelector('.piece-origin')) {
				const origin = document.createElement('span');
				origin.className = 'fr-hint-text piece-origin';
				origin.textContent = originLabel(piece.origin);
				row.querySelector('.piece-name span').after(origin);
			}
			row.querySelector('.piece-download').hidden = piece.outcome !== 'OPENED';
			const signature = row.querySelector('.piece-signature');
			if (piece.outcome === 'OPENED' && !piece.signature && signature.textContent.trim() === '') {
				// checked on the server shortly after opening: the page shows the verdict once reloaded
				signature.textContent = text('msg-signature-pending');
			}
		}
		showReferences(deposit);
	}
}

/**
 * The documents a deposit references (« dites-le-nous une fois »): the server lists them once the
 * deposit's candidature is opened, which may have happened in this page; their rows follow the
 * deposit's pieces, as the server renders them.
 */
function showReferences(deposit) {
	const template = document.getElementById('reference-row-template');
	for (const reference of deposit.references ?? []) {
		const key = `${deposit.id}/${reference.index}`;
		if (!template || document.querySelector(`tr[data-reference="${key}"]`)) {
			continue;
		}
		const rows = document.querySelectorAll(`tr[data-piece^="${deposit.id}/"], tr[data-reference^="${deposit.id}/"]`);
		if (rows.length === 0) {
			continue;
		}
		const row = template.content.firstElementChild.cloneNode(true);
		row.dataset.reference = key;
		row.querySelector('.reference-file').textContent = reference.fileName;
		const label = row.querySelector('.reference-label');
		const type = document.querySelector(`#piece-origin-labels [data-origin="type-${reference.type}"]`)?.textContent
			?? reference.type;
		label.textContent = label.textContent.replace('{0}', `${type} — ${reference.title}`).replace('{1}', reference.number);
		row.querySelector('.reference-download').href = `${root.dataset.api}/references/${deposit.id}/${reference.index}`;
		rows[rows.length - 1].after(row);
	}
}

async function step(button, work) {
	if (button) {
		button.disabled = true;
	}
	say(status, text('msg-working'));
	try {
		await work();
	}
	catch (e) {
		say(status, `${text('msg-failed')} ${e.message}`, 'error');
	}
	finally {
		if (button) {
			button.disabled = false;
		}
		if (view) {
			await render();
		}
	}
}

document.getElementById('session-start-form')?.addEventListener('submit', (event) => {
	event.preventDefault();
	step(document.getElementById('session-start'), async () => {
		const pair = await keys.generateKeyPair();
		sessionPrivateKey = pair.privateKey;
		try {
			view = await send('POST', root.dataset.api,
				{ envelope: document.getElementById('session-envelope').value, sessionPublicKey: pair.publicKey });
		}
		catch (e) {
			sessionPrivateKey.fill(0);
			sessionPrivateKey = null;
			throw e;
		}
		say(status, text('msg-started'), 'success');
	});
});

document.getElementById('session-join-form')?.addEventListener('submit', (event) => {
	event.preventDefault();
	const form = event.target;
	step(document.getElementById('session-join'), async () => {
		if (!document.getElementById('session-fingerprint-checked').checked) {
			say(status, text('msg-unchecked'), 'error');
			return;
		}
		const checkedKey = shownKey;
		view = await send('GET', root.dataset.api);
		if (!view.session || view.session.publicKey !== checkedKey) {
			// the session changed since the fingerprint was checked: show the new one, check again
			await render();
			say(status, text('msg-unchecked'), 'error');
			return;
		}
		const mine = (await send('GET', '/api/v1/me/opening-shares'))
			.find((s) => s.consultation.id === root.dataset.consultation);
		if (!mine) {
			say(status, text('msg-no-share'), 'error');
			return;
		}
		const memberKey = await send('GET', '/api/v1/me/commission-key');
		const share = await openShare(mine.sealedShare, memberKey.protectedPrivateKey,
			document.getElementById('session-passphrase').value);
		let sealedShare;
		try {
			sealedShare = await keys.sealBox(share, checkedKey);
		}
		finally {
			share.fill(0);
		}
		view = await send('PUT', `${root.dataset.api}/shares/me`, { sealedShare });
		form.reset();
		say(status, text('msg-joined'), 'success');
	});
});

document.getElementById('session-rebuild')?.addEventListener('click', (event) => {
	step(event.target, async () => {
		const shares = await send('GET', `${root.dataset.api}/shares`);
		const opened = [];
		try {
			for (const share of shares) {
				opened.push(await keys.openBox(share.sealedShare, sessionPrivateKey));
			}
			const pkcs8 = await rebuild(opened, view.quorum);
			try {
				openingKey = await checkedOpeningKey(pkcs8, view.openingPublicKey);
			}
			finally {
				pkcs8.fill(0);
			}
		}
		finally {
			opened.forEach((share) => share.fill(0));
		}
		say(status, openingKey ? text('msg-rebuilt') : text('msg-wrong-quorum'), openingKey ? 'success' : 'error');
	});
});

document.getElementById('session-open')?.addEventListener('click', (event) => {
	step(event.target, async () => {
		// offers of candidatures set aside stay sealed (the server refuses their keys anyway)
		const deposits = [...view.deposits, ...view.lateDeposits.filter((d) => d.lateDecision)]
			.filter((d) => view.session.envelope !== 'OFFER' || view.offersFirst || d.admission?.admitted !== false);
		const derived = await fileKeysOf(deposits, view.session.envelope, openingKey);
		view = await send('POST', `${root.dataset.api}/file-keys`, { keys: derived.keys });
		if (derived.refused.length > 0) {
			say(status, `${text('msg-not-unwrapped')} ${derived.refused.join(', ')}`, 'error');
		}
		else {
			say(status, text('msg-opened'), 'success');
		}
	});
});

document.getElementById('session-end')?.addEventListener('click', (event) => {
	step(event.target, async () => {
		view = await send('POST', `${root.dataset.api}/end`);
		sessionPrivateKey?.fill(0);
		sessionPrivateKey = null;
		openingKey = null;
		say(status, text('msg-ended'), 'success');
	});
});

for (const form of document.querySelectorAll('.late-decision-form')) {
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		step(form.querySelector('button'), async () => {
			view = await send('POST', `${root.dataset.api}/late-deposits/${form.dataset.deposit}/decision`,
				{ reason: form.querySelector('textarea').value });
			const done = document.createElement('p');
			done.textContent = view.lateDeposits.find((d) => d.id === form.dataset.deposit)?.lateDecision?.reason ?? '';
			form.replaceWith(done);
		});
	});
}

for (const form of document.querySelectorAll('.admission-form')) {
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const button = event.submitter ?? form.querySelector('button');
		step(button, async () => {
			view = await send('POST', `${root.dataset.api}/admissions/${form.dataset.deposit}`,
				{ admitted: button.value === 'true', reason: form.querySelector('textarea').value });
			window.location.reload();
		});
	});
}

document.getElementById('offers-first-form')?.addEventListener('submit', (event) => {
	event.preventDefault();
	const form = event.target;
	step(form.querySelector('button'), async () => {
		view = await send('POST', `${root.dataset.api}/offers-first`, { reason: form.querySelector('textarea').value });
		window.location.reload();
	});
});

window.addEventListener('pagehide', () => {
	sessionPrivateKey?.fill(0);
	sessionPrivateKey = null;
	openingKey = null;
});

if (root) {
	refresh().then(() => root.setAttribute('data-ready', ''));
	setInterval(() => refresh().catch(() => { /* the next poll tries again */ }), POLL_MS);
}

/** What an opened piece copies (the company's DUME response, a vault document), in the page's language. */
function originLabel(origin) {
	const label = (key) => document.querySelector(`#piece-origin-labels [data-origin="${key}"]`)?.textContent ?? key;
	if (origin.kind === 'VAULT') {
		return label('VAULT').replace('{0}', `${label(`type-${origin.detail}`)} — ${origin.title}`);
	}
	return label(`${origin.kind}-${origin.detail}`);
}
