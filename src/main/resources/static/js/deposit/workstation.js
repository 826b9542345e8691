// The workstation check: the browser seals and opens a chunk with the deposit's own code, sends
// 4 MB to measure the upload speed, and compares its clock with the platform's.
import { newContentKey, newFileSalt, fileKey, sealChunk, openChunk } from '/js/sealed/sealed-file.js';

const button = document.getElementById('workstation-run');
const results = document.getElementById('workstation-results');

button?.addEventListener('click', async () => {
	button.disabled = true;
	results.replaceChildren();
	await check('crypto', async () => {
		const key = await fileKey(newContentKey(), newFileSalt());
		const salt = newFileSalt();
		const plain = crypto.getRandomValues(new Uint8Array(4096));
		const sealed = await sealChunk(key, salt, 4096, 0, true, plain);
		const opened = await openChunk(key, salt, 4096, 0, true, sealed);
		if (opened.length !== plain.length || opened.some((b, i) => b !== plain[i])) {
			throw new Error('round trip');
		}
		return '';
	});
	await check('speed', async () => {
		const bytes = crypto.getRandomValues(new Uint8Array(65536));
		const body = new Uint8Array(4 << 20);
		for (let i = 0; i < body.length; i += bytes.length) {
			body.set(bytes, i);
		}
		const started = performance.now();
		const response = await fetch('/api/v1/workstation/upload-test', { method: 'POST', body,
			headers: { 'Content-Type': 'application/octet-stream' } });
		if (!response.ok) {
			throw new Error(`${response.status}`);
		}
		const seconds = (performance.now() - started) / 1000;
		return `${(body.length * 8 / seconds / 1e6).toFixed(1)} Mbit/s`;
	});
	await check('clock', async () => {
		const before = Date.now();
		const response = await fetch('/api/v1/workstation/time', { headers: { Accept: 'application/json' } });
		const { epochMillis } = await response.json();
		const skew = Math.round((before + Date.now()) / 2 - epochMillis);
		if (Math.abs(skew) > 120_000) {
			throw new Error(results.dataset.skew.replace('{0}', Math.round(skew / 1000)));
		}
		return `${Math.round(skew / 1000)} s`;
	});
	button.disabled = false;
});

async function check(name, test) {
	const item = document.createElement('li');
	item.dataset.check = name;
	try {
		const detail = await test();
		item.className = 'fr-badge fr-badge--success fr-mb-1w';
		item.textContent = `${results.dataset[name]} — ${results.dataset.ok}${detail ? ` (${detail})` : ''}`;
		item.dataset.result = 'ok';
	}
	catch (error) {
		item.className = 'fr-badge fr-badge--error fr-mb-1w';
		item.textContent = `${results.dataset[name]} — ${results.dataset.ko} (${error.message})`;
		item.dataset.result = 'ko';
	}
	results.append(item);
}
