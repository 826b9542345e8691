// The deposit page: seals each file in the browser (docs/sealing.md) and sends it through the
// resumable upload API, chunk by chunk, so memory stays flat whatever the size. A draft (content
// key, uploads, salts) is kept in this browser until the deposit is recorded: after a network cut
// or a closed tab, selecting the same files again resumes where the upload stopped.
import {
	DEFAULT_CHUNK_SIZE, newContentKey, newFileSalt, fileKey, chunkCount, sealedSize, sealChunk,
	wrapContentKey, spkiFingerprint, Sha256Stream, base64, fromBase64,
} from '/js/sealed/sealed-file.js';

const form = document.getElementById('deposit-form');
if (form) {
	start(form);
}

function start(form) {
	const consultation = form.dataset.consultation;
	const openingKey = form.dataset.openingKey;
	const csrf = {
		header: document.querySelector('meta[name="_csrf_header"]')?.content,
		token: document.querySelector('meta[name="_csrf"]')?.content,
	};
	const draftKey = `openmarches.deposit.${consultation}`;

	// offer inputs of a lot appear when the lot is ticked
	form.querySelectorAll('input[name="lot"]').forEach((box) => box.addEventListener('change', () => {
		form.querySelector(`[data-lot-files="${box.value}"]`).hidden = !box.checked;
	}));

	// the button works once this script listens: a click before would submit the bare form
	form.querySelector('#deposit-submit').disabled = false;
	form.dataset.ready = 'true';

	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const pieces = chosenFiles(form);
		const lots = [...form.querySelectorAll('input[name="lot"]:checked')].map((box) => Number(box.value));
		const vaultBoxes = [...form.querySelectorAll('input[name="vault"]:checked')];
		const espdBox = form.querySelector('input[name="espd"]:checked');
		if (pieces.length === 0 && vaultBoxes.length === 0 && !espdBox) {
			return problem(form.querySelector('#deposit-problems'), document.documentElement.lang === 'en'
				? 'Add at least one file.' : 'Ajoutez au moins un fichier.');
		}
		const button = form.querySelector('#deposit-submit');
		button.disabled = true;
		try {
			pieces.push(...await espdFiles(consultation, espdBox));
			pieces.push(...await vaultFiles(vaultBoxes));
			const deposit = await depositFiles({ consultation, openingKey, csrf, draftKey, pieces, lots,
				backupCopy: form.querySelector('input[name="backupCopy"]:checked')?.value ?? 'NONE',
				consortium: partners(form.querySelector('#consortium').value),
				references: [...form.querySelectorAll('input[name="reference"]:checked')].map((box) => ({ vaultVersion: box.value })) });
			localStorage.removeItem(draftKey);
			status('done');
			window.location.assign(`/mon-espace/depots/${deposit.id}`);
		}
		catch (error) {
			button.disabled = false;
			problem(form.querySelector('#deposit-problems'), error.message);
		}
	});
}

/** The files chosen, with their envelope and lot; a detached signature points at the piece it signs. */
function chosenFiles(form) {
	const pieces = [];
	form.querySelectorAll('input[type="file"][data-envelope]').forEach((input) => {
		const lotBox = input.dataset.lot ? form.querySelector(`#lot-${input.dataset.lot}`) : null;
		if (lotBox && !lotBox.checked) {
			return;
		}
		for (const file of input.files) {
			pieces.push({ file, envelope: input.dataset.envelope, lot: input.dataset.lot ? Number(input.dataset.lot) : null });
		}
	});
	pieces.forEach((piece) => {
		const signed = piece.file.name.match(/^(.*)\.(p7s|p7m|sig|xades\.xml|asc)$/i);
		if (signed) {
			const index = pieces.findIndex((other) => other !== piece && other.file.name === signed[1]
				&& other.envelope === piece.envelope && other.lot === piece.lot);
			piece.signs = index >= 0 ? index : null;
		}
	});
	return pieces;
}

/**
 * The ticked documents of the company's vault, read from the vault to be sealed here like any
 * other file: a vault document is small (the vault caps its size), so it is held in memory.
 */
async function vaultFiles(boxes) {
	if (boxes.length > 0) {
		document.getElementById('deposit-progress').hidden = false;
		status('vault');
	}
	const pieces = [];
	for (const box of boxes) {
		const response = await fetch(`/api/v1/my-company/vault/versions/${box.value}/content`);
		if (!response.ok) {
			throw new Error(`${box.dataset.fileName}: ${response.status}`);
		}
		const blob = await response.blob();
		// a fixed lastModified keeps the same identity when a cut deposit is resumed
		const file = new File([blob], box.dataset.fileName, { type: box.dataset.mediaType, lastModified: 0 });
		pieces.push({ file, envelope: 'APPLICATION', lot: null, vaultVersion: box.value });
	}
	return pieces;
}

/**
 * The company's DUME response, when ticked: its ESPD XML and its readable PDF as saved, fetched
 * here and sealed like any other file (the server checks them by hash against the saved response).
 */
async function espdFiles(consultation, box) {
	if (!box) {
		return [];
	}
	document.getElementById('deposit-progress').hidden = false;
	status('espd');
	const pieces = [];
	for (const [form, name, type] of [['xml', box.dataset.xmlName, 'application/xml'], ['pdf', box.dataset.pdfName, 'application/pdf']]) {
		const response = await fetch(`/api/v1/my-company/espd-responses/${consultation}/${form}`);
		if (!response.ok) {
			throw new Error(`${name}: ${response.status}`);
		}
		const blob = await response.blob();
		const file = new File([blob], name, { type, lastModified: 0 });
		pieces.push({ file, envelope: 'APPLICATION', lot: null, espdResponse: box.value });
	}
	return pieces;
}

function partners(text) {
	return text.split('\n').map((line) => line.trim()).filter(Boolean).map((line) => {
		const [name, siret] = line.split(';').map((part) => part.trim());
		return { name, siret: siret || null };
	});
}

async function depositFiles({ consultation, openingKey, csrf, draftKey, pieces, lots, backupCopy, consortium, references }) {
	const draft = JSON.parse(localStorage.getItem(draftKey) ?? 'null') ?? { contentKey: base64(newContentKey()), files: {} };
	localStorage.setItem(draftKey, JSON.stringify(draft));
	const contentKey = fromBase64(draft.contentKey);
	const progress = new Progress(pieces);
	document.getElementById('deposit-progress').hidden = false;
	status('sealing');
	const sent = [];
	for (const [index, piece] of pieces.entries()) {
		sent.push(await sendFile({ consultation, csrf, draft, draftKey, contentKey, piece, row: progress.row(index) }));
	}
	status('finalising');
	const response = await api(csrf, 'POST', `/api/v1/consultations/${consultation}/deposits`, {
		openingKey: await spkiFingerprint(openingKey),
		wrappedKey: await wrapContentKey(contentKey, openingKey),
		lots, backupCopy, consortium,
		pieces: sent,
		references,
	});
	return response.json();
}

/** Seals and sends one file, resuming its upload if this browser started it before. */
async function sendFile({ consultation, csrf, draft, draftKey, contentKey, piece, row }) {
	const { file } = piece;
	const identity = `${piece.envelope}/${piece.lot ?? ''}/${file.name}/${file.size}/${file.lastModified}${piece.vaultVersion ? `/vault/${piece.vaultVersion}` : ''}${piece.espdResponse ? `/espd/${piece.espdResponse}` : ''}`;
	let known = draft.files[identity];
	const chunkSize = known?.chunkSize ?? DEFAULT_CHUNK_SIZE;
	const salt = known ? fromBase64(known.salt) : newFileSalt();
	let upload = null;
	if (known) {
		const found = await fetch(`/api/v1/uploads/${known.upload}`, { headers: { Accept: 'application/json' } });
		upload = found.ok ? await found.json() : null;
		if (upload) {
			status('resuming');
		}
	}
	if (!upload) {
		const created = await api(csrf, 'POST', '/api/v1/uploads', {
			consultationId: consultation, totalSize: sealedSize(file.size, chunkSize), chunkSize: chunkSize + 16, label: file.name,
		});
		upload = await created.json();
		known = { upload: upload.id, salt: base64(salt), chunkSize };
		draft.files[identity] = known;
		localStorage.setItem(draftKey, JSON.stringify(draft));
	}
	const received = new Set(upload.received);
	const key = await fileKey(contentKey, salt);
	const plain = new Sha256Stream();
	const count = chunkCount(file.size, chunkSize);
	row.start();
	for (let index = 0; index < count; index++) {
		const bytes = new Uint8Array(await file.slice(index * chunkSize, Math.min(file.size, (index + 1) * chunkSize)).arrayBuffer());
		plain.update(bytes);
		if (!received.has(index) && upload.state !== 'COMPLETE') {
			const sealed = await sealChunk(key, salt, chunkSize, index, index === count - 1, bytes);
			await sendChunk(csrf, upload.id, index, sealed);
		}
		row.advance(bytes.length, received.has(index));
	}
	await withRetries(() => api(csrf, 'POST', `/api/v1/uploads/${upload.id}/completion`));
	row.finish();
	return {
		upload: upload.id, envelope: piece.envelope, lot: piece.lot, fileName: file.name,
		mediaType: file.type || 'application/octet-stream', size: file.size, plainSha256: plain.hex(),
		chunkSize, salt: known.salt, signs: piece.signs ?? null, vaultVersion: piece.vaultVersion ?? null,
		espdResponse: piece.espdResponse ?? null,
	};
}

async function sendChunk(csrf, upload, index, sealed) {
	const digest = hex(new Uint8Array(await crypto.subtle.digest('SHA-256', sealed)));
	await withRetries(() => api(csrf, 'PUT', `/api/v1/uploads/${upload}/chunks/${index}`, sealed,
		{ 'Content-Type': 'application/octet-stream', 'X-Chunk-SHA256': digest }));
}

/** Network failures and server errors are retried, waiting longer each time; refusals are not. */
async function withRetries(call) {
	for (let attempt = 0; ; attempt++) {
		try {
			return await call();
		}
		catch (error) {
			if (!error.retry) {
				throw error;
			}
			status('retrying');
			await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 1000 * 2 ** attempt)));
		}
	}
}

async function api(csrf, method, path, body, headers = {}) {
	const init = { method, headers: { Accept: 'application/json', ...headers } };
	if (csrf.header) {
		init.headers[csrf.header] = csrf.token;
	}
	if (body instanceof Uint8Array) {
		init.body = body;
	}
	else if (body !== undefined) {
		init.headers['Content-Type'] = 'application/json';
		init.body = JSON.stringify(body);
	}
	let response;
	try {
		response = await fetch(path, init);
	}
	catch (cut) {
		throw Object.assign(new Error(cut.message), { retry: true });
	}
	if (response.ok) {
		return response;
	}
	const problem = await response.json().catch(() => ({}));
	throw Object.assign(new Error(problem.detail || `${response.status}`), { retry: response.status >= 500 });
}

function status(which) {
	const element = document.getElementById('deposit-status');
	element.textContent = element.dataset[which] ?? '';
}

function problem(box, message) {
	box.hidden = false;
	box.querySelector('p').textContent = message;
	box.focus?.();
}

function hex(bytes) {
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Bytes, speed and time left, per file and overall. */
class Progress {

	constructor(pieces) {
		this.total = pieces.reduce((sum, piece) => sum + piece.file.size, 0) || 1;
		this.done = 0;
		this.started = performance.now();
		this.bar = document.getElementById('deposit-overall');
		this.text = document.getElementById('deposit-overall-text');
		this.list = document.getElementById('deposit-files');
		this.list.replaceChildren();
		this.rows = pieces.map((piece) => {
			const item = document.createElement('li');
			item.className = 'fr-mb-1w';
			const label = document.createElement('span');
			label.textContent = piece.file.name;
			const bar = document.createElement('progress');
			bar.max = 100;
			bar.value = 0;
			bar.className = 'om-progress';
			bar.setAttribute('aria-label', piece.file.name);
			const detail = document.createElement('span');
			detail.className = 'fr-text--xs fr-ml-1w';
			item.append(label, document.createElement('br'), bar, detail);
			this.list.append(item);
			return { piece, bar, detail, done: 0, sent: 0, started: 0 };
		});
	}

	row(index) {
		const progress = this;
		const row = this.rows[index];
		return {
			start() {
				row.started = performance.now();
			},
			advance(bytes, skipped) {
				row.done += bytes;
				progress.done += bytes;
				if (!skipped) {
					row.sent += bytes;
				}
				row.bar.value = Math.floor(100 * row.done / (row.piece.file.size || 1));
				row.detail.textContent = rate(row.done, row.piece.file.size, row.sent, row.started);
				progress.bar.value = Math.floor(100 * progress.done / progress.total);
				progress.text.textContent = rate(progress.done, progress.total, progress.done, progress.started);
			},
			finish() {
				row.bar.value = 100;
			},
		};
	}
}

function rate(done, total, sent, since) {
	const seconds = Math.max(0.001, (performance.now() - since) / 1000);
	const speed = sent / seconds;
	const left = speed > 0 ? Math.ceil((total - done) / speed) : 0;
	const label = document.getElementById('deposit-status').dataset.left ?? '';
	return `${size(done)} / ${size(total)} — ${size(speed)}/s — ${label.replace('{0}', duration(left))}`;
}

function size(bytes) {
	const units = ['o', 'ko', 'Mo', 'Go', 'To'];
	let value = bytes;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}

function duration(seconds) {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	return h > 0 ? `${h} h ${m} min` : m > 0 ? `${m} min ${s} s` : `${s} s`;
}
