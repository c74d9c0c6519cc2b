// Bytes by kind as a page really fetched them: every finished request's decoded body (raw) and its body as
// transferred (brotli when the server compressed it, since Chromium sends Accept-Encoding with br), and the count.

/** @typedef {'js' | 'css' | 'html' | 'fonts' | 'data' | 'images' | 'other'} Kind */
/** @typedef {{ url: string, kind: Kind, raw: number, br: number }} Fetched */
/** @typedef {Record<Kind | 'total', { raw: number, br: number }> & { requests: number, offOrigin: number }} Tally */

/** @type {Kind[]} */
export const KINDS = ['js', 'css', 'html', 'fonts', 'data', 'images', 'other'];

/**
 * The kind of a response from its content type, or its file extension when the type says nothing.
 * @param {string} url
 * @param {string} type
 * @returns {Kind}
 */
export function kindOf(url, type) {
	const path = new URL(url).pathname.toLowerCase();
	if (/javascript|ecmascript/.test(type) || /\.m?js$/.test(path)) return 'js';
	if (/text\/css/.test(type) || path.endsWith('.css')) return 'css';
	if (/text\/html/.test(type) || path.endsWith('/') || path.endsWith('.html')) return 'html';
	if (/^font\/|woff|opentype|truetype/.test(type) || /\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
	if (/^image\//.test(type) || /\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(path)) return 'images';
	if (/json|csv|text\/plain|xml/.test(type) || /\.(json|csv|txt|xml)$/.test(path)) return 'data';
	return 'other';
}

/**
 * Adds up fetched responses by kind; `origin` is the server's, anything else counts in offOrigin.
 * @param {Fetched[]} fetched
 * @param {string} origin
 * @returns {Tally}
 */
export function tally(fetched, origin) {
	const zero = () => ({ raw: 0, br: 0 });
	const out = /** @type {Tally} */ ({ total: zero(), requests: fetched.length, offOrigin: 0 });
	for (const kind of KINDS) out[kind] = zero();
	for (const f of fetched) {
		for (const key of [f.kind, /** @type {const} */ ('total')]) {
			out[key].raw += f.raw;
			out[key].br += f.br;
		}
		if (new URL(f.url).origin !== origin) out.offOrigin += 1;
	}
	return out;
}

/**
 * Starts recording every request `page` makes. `snapshot()` waits for the bodies of the requests finished so far.
 * @param {import('playwright-core').Page} page
 */
export function recordNetwork(page) {
	/** @type {Promise<Fetched>[]} */
	const seen = [];
	let last = Date.now();
	let inflight = 0;
	const settled = () => {
		inflight -= 1;
		last = Date.now();
	};
	page.on('request', () => {
		inflight += 1;
		last = Date.now();
	});
	/** @param {import('playwright-core').Request} request @returns {Promise<Fetched>} */
	const measure = async (request) => {
		const url = request.url();
		const response = await request.response().catch(() => null);
		if (!response || (response.status() >= 300 && response.status() < 400))
			return { url, kind: 'other', raw: 0, br: 0 };
		const body = await response.body().catch(() => Buffer.alloc(0));
		const sizes = await request.sizes().catch(() => ({ responseBodySize: body.length }));
		return {
			url,
			kind: kindOf(url, response.headers()['content-type'] ?? ''),
			raw: body.length,
			br: sizes.responseBodySize
		};
	};
	page.on('requestfinished', (request) => {
		settled();
		seen.push(measure(request));
	});
	page.on('requestfailed', (request) => {
		settled();
		seen.push(Promise.resolve({ url: request.url(), kind: 'other', raw: 0, br: 0 }));
	});
	return {
		snapshot: () => Promise.all(seen),
		/**
		 * Resolves once nothing is in flight and no request has started for `ms` milliseconds (or after 15 s).
		 * @param {number} ms
		 */
		async quiet(ms) {
			const giveUp = Date.now() + 15_000;
			while ((inflight > 0 || Date.now() - last < ms) && Date.now() < giveUp)
				await new Promise((done) => setTimeout(done, Math.max(50, ms - (Date.now() - last))));
		}
	};
}
