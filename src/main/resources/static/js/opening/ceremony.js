// The opening key ceremony, in the buyer's browser: makes the consultation's RSA-OAEP 3072 key pair,
// splits the PKCS#8 private key into one Shamir share per chosen member (any `quorum` of them rebuild
// it), seals each share for its member's public key, sends the public key, the quorum and the sealed
// shares, and forgets the private key and the shares. The platform never holds the private key.
import * as keys from '/js/sealed/keys.js';
import { say, send } from '/js/opening/api.js';

/** The quorum proposed for `members`: a majority (as the Java side's Ceremony.defaultQuorum). */
export function defaultQuorum(members) {
	return Math.floor(members / 2) + 1;
}

/**
 * Runs the ceremony for `members` ({account, publicKey}) with `quorum`: returns what the API takes.
 * The private key and the bare shares are wiped before returning.
 */
export async function ceremony(members, quorum) {
	const pair = await keys.generateKeyPair();
	let shares = [];
	try {
		// Shamir needs a quorum of 2 at least; with 1, each member holds the whole key
		shares = quorum === 1 ? members.map(() => pair.privateKey.slice())
			: await keys.split(pair.privateKey, members.length, quorum);
		const sealed = [];
		for (let i = 0; i < members.length; i++) {
			sealed.push({ member: members[i].account, sealedShare: await keys.sealBox(shares[i], members[i].publicKey) });
		}
		return { publicKey: pair.publicKey, quorum, shares: sealed };
	}
	finally {
		pair.privateKey.fill(0);
		shares.forEach((share) => share.fill(0));
	}
}

const form = document.getElementById('ceremony-form');
const status = document.getElementById('ceremony-status');

if (form) {
	const quorum = form.elements.quorum;
	const chosen = () => [...form.querySelectorAll('input[name="member"]:checked')];
	let quorumTouched = false;
	quorum.addEventListener('input', () => {
		quorumTouched = true;
	});
	form.addEventListener('change', (event) => {
		if (event.target.name === 'member' && !quorumTouched) {
			quorum.value = chosen().length ? defaultQuorum(chosen().length) : '';
		}
	});

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const members = chosen().map((box) => ({ account: box.value, publicKey: box.dataset.publicKey }));
		if (!members.length) {
			say(status, status.dataset.none, 'error');
			return;
		}
		const k = quorum.value === '' ? defaultQuorum(members.length) : Number(quorum.value);
		if (!Number.isInteger(k) || k < 1 || k > members.length) {
			say(status, status.dataset.quorum, 'error');
			return;
		}
		const button = document.getElementById('ceremony-submit');
		button.disabled = true;
		say(status, status.dataset.working);
		try {
			await send('PUT', form.dataset.api, await ceremony(members, k));
			window.location.assign(form.dataset.done);
		}
		catch (error) {
			say(status, `${status.dataset.failed} ${error.message}`, 'error');
			button.disabled = false;
		}
	});
	// tells tests (and styles) that the form now works
	form.dataset.ready = 'true';
}
