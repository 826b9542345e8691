// Calls to the platform's JSON API from the opening pages: the session cookie and the CSRF token
// of the page (meta tags of the layout) go with every write.

const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content;

/** Sends `body` as JSON with `method`; returns the answer's JSON, or throws with the problem's detail. */
export async function send(method, url, body) {
	const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
	const header = meta('_csrf_header');
	if (header) {
		headers[header] = meta('_csrf');
	}
	const response = await fetch(url, { method, headers, body: JSON.stringify(body), credentials: 'same-origin' });
	if (!response.ok) {
		let detail = `HTTP ${response.status}`;
		try {
			detail = (await response.json()).detail ?? detail;
		}
		catch {
			// not a problem document: keep the status
		}
		throw new Error(detail);
	}
	return response.status === 204 ? null : response.json();
}

/** Shows `text` in the live region `status`, as a DSFR alert of `level` (info, success, error). */
export function say(status, text, level = 'info') {
	status.replaceChildren();
	const alert = document.createElement('div');
	alert.className = `fr-alert fr-alert--sm fr-alert--${level}`;
	const p = document.createElement('p');
	p.textContent = text;
	alert.append(p);
	status.append(alert);
}
