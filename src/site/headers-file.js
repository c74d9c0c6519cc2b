// The `_headers` file that static hosts read (Cloudflare Pages, Netlify): a path pattern at the start of a line, then
// its indented `Name: value` lines, and Cloudflare's `! Name`, which removes a header that an earlier matching rule
// set. Plain JavaScript with JSDoc types, so that scripts/serve.js can apply it under plain Node as a host would.

/**
 * One block of the file: the paths it matches (`*` matches anything, `:name` one path segment), the headers it
 * removes and the headers it sets, each in file order.
 * @typedef {{ path: string, detach: string[], set: [string, string][] }} HeaderRule
 */

const NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The file for `rules`, one blank line between blocks.
 * @param {HeaderRule[]} rules
 * @returns {string}
 */
export function formatHeaders(rules) {
	const blocks = rules.map((rule) => {
		if (!rule.path.startsWith('/') || /\s/.test(rule.path))
			throw new Error(`_headers: bad path ${rule.path}`);
		for (const name of [...rule.detach, ...rule.set.map(([n]) => n)])
			if (!NAME.test(name)) throw new Error(`_headers: bad header name ${name} for ${rule.path}`);
		for (const [name, value] of rule.set)
			if (/[\r\n]/.test(value) || value.trim() === '')
				throw new Error(`_headers: bad value of ${name} for ${rule.path}`);
		return [
			rule.path,
			...rule.detach.map((n) => `  ! ${n}`),
			...rule.set.map(([n, v]) => `  ${n}: ${v}`)
		].join('\n');
	});
	return blocks.join('\n\n') + '\n';
}

/**
 * The rules of a `_headers` file, in file order. Throws on a line it cannot read, with its line number: the file is
 * generated, so a line that does not parse is a bug, not a reader's typo to skip.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split(/\r?\n/).forEach((raw, i) => {
		const line = raw.trim();
		if (line === '' || line.startsWith('#')) return;
		const fail = (/** @type {string} */ why) => {
			throw new Error(`_headers:${i + 1}: ${why}: ${line}`);
		};
		if (line.startsWith('/')) {
			rules.push({ path: line, detach: [], set: [] });
			return;
		}
		if (line.startsWith('https://')) fail('rules for a host are not supported');
		const rule = rules.at(-1) ?? fail('a header before any path');
		const detach = /^!\s*(\S+)$/.exec(line);
		if (detach) {
			rule.detach.push(/** @type {string} */ (detach[1]));
			return;
		}
		const colon = line.indexOf(':');
		const name = line.slice(0, colon).trim();
		if (colon < 0 || !NAME.test(name)) fail('expected `Name: value` or `! Name`');
		rule.set.push([name, line.slice(colon + 1).trim()]);
	});
	return rules;
}

/**
 * Whether `pattern` matches the whole of `pathname`, as Cloudflare Pages matches: `*` is any text (slashes too),
 * `:name` one path segment.
 * @param {string} pattern
 * @param {string} pathname
 */
export function matchesPath(pattern, pathname) {
	const escape = (/** @type {string} */ s) => s.replace(/[-/\\^$+?.()|[\]{}]/g, '\\$&');
	const source = pattern
		.split('*')
		.map((part) => escape(part).replace(/:[A-Za-z]\w*/g, '[^/]+'))
		.join('.*');
	return new RegExp(`^${source}$`).test(pathname);
}

/**
 * The response headers for `pathname`, lower-cased names: every matching rule in file order, as Cloudflare Pages
 * applies them. A rule's `! Name` removes the header whoever set it; the first rule to set a header replaces the
 * server's own value (`defaults`), a later one appends `, value`.
 * @param {HeaderRule[]} rules
 * @param {string} pathname
 * @param {Record<string, string>} [defaults]
 * @returns {Record<string, string>}
 */
export function headersFor(rules, pathname, defaults = {}) {
	const headers = new Map(Object.entries(defaults).map(([k, v]) => [k.toLowerCase(), v]));
	const fromRules = new Set();
	for (const rule of rules) {
		if (!matchesPath(rule.path, pathname)) continue;
		for (const name of rule.detach) headers.delete(name.toLowerCase());
		for (const [name, value] of rule.set) {
			const key = name.toLowerCase();
			const earlier = fromRules.has(key) ? headers.get(key) : undefined;
			headers.set(key, earlier === undefined ? value : `${earlier}, ${value}`);
			fromRules.add(key);
		}
	}
	return Object.fromEntries(headers);
}
