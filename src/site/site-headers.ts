import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentSecurityPolicy, inlineScripts, scriptHash } from './csp.ts';
import { EMBED_ORIGINS } from './embed-origins.ts';
import { formatHeaders, type HeaderRule } from './headers-file.js';

/** The file static hosts read for response headers, at the top of the built site. */
export const HEADERS_FILE = '_headers';

// What a host never serves as a page of the site: its own configuration files.
const HOST_FILES = new Set([HEADERS_FILE, '_redirects']);
const HOST_SOURCE =
	/^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::(?:\d+|\*))?(?:\/[^\s;,'"]*)?$/i;

/**
 * The `_headers` rules for a built site, from its files (paths under the build folder, with `/`) and the HTML of each
 * page. The rules that carry a Content-Security-Policy never overlap, so every host sends exactly one: Netlify has no
 * `! Name` to remove one and would join two, and two policies both apply. Each top-level folder is one rule (its
 * pages' script hashes together), each top-level file another; under embed/, every folder (a story's chapters) may be
 * framed as `embedOrigins` says, and nothing else on the site may be. A path outside every rule is one the build does
 * not have (the host's 404).
 */
export function siteRules(
	files: readonly string[],
	htmlOf: (file: string) => string,
	embedOrigins: readonly string[] = EMBED_ORIGINS
): HeaderRule[] {
	for (const origin of embedOrigins)
		if (!HOST_SOURCE.test(origin)) throw new Error(`embed-origins.ts: ${origin} is not a CSP host source`);
	const scopes = new Map<string, { hashes: Set<string>; framed: boolean }>();
	for (const file of files) {
		if (HOST_FILES.has(file)) continue;
		const hashes = file.endsWith('.html') ? inlineScripts(htmlOf(file)).map(scriptHash) : [];
		for (const path of pathsOf(file)) {
			const scope = scopes.get(path) ?? { hashes: new Set(), framed: /^\/embed\/[^/]+\/\*$/.test(path) };
			for (const hash of hashes) scope.hashes.add(hash);
			scopes.set(path, scope);
		}
	}
	const pages = [...scopes]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([path, { hashes, framed }]): HeaderRule => {
			const csp = contentSecurityPolicy(
				[...hashes],
				framed ? (embedOrigins.length ? embedOrigins : undefined) : 'none'
			);
			return {
				path,
				detach: [],
				set: [
					['Content-Security-Policy', csp],
					...(framed ? [] : [['X-Frame-Options', 'DENY'] as [string, string]])
				]
			};
		});
	return [
		{
			path: '/*',
			detach: [],
			set: [
				['X-Content-Type-Options', 'nosniff'],
				['Referrer-Policy', 'strict-origin-when-cross-origin']
			]
		},
		...pages,
		// The loader: host pages load it from their own origin with `integrity` and `crossorigin`, which needs CORS.
		{ path: '/embed/v1/*', detach: [], set: [['Access-Control-Allow-Origin', '*']] },
		// Hashed file names: a file never changes. Any origin may load them, as a sandboxed embed frame (opaque
		// origin) must to import the story's modules.
		{
			path: '/_app/immutable/*',
			detach: [],
			set: [
				['Cache-Control', 'public, max-age=31536000, immutable'],
				['Access-Control-Allow-Origin', '*']
			]
		}
	];
}

/** The patterns a built file is served under: its top-level folder's, or the file's own (a page also without .html). */
function pathsOf(file: string): string[] {
	const parts = file.split('/');
	const inEmbed = parts[0] === 'embed' && parts.length > 1;
	const base = inEmbed ? '/embed/' : '/';
	const rest = inEmbed ? parts.slice(1) : parts;
	if (rest.length > 1) return [`${base}${rest[0]}/*`];
	const name = rest[0]!;
	if (name === 'index.html') return [base, `${base}${name}`];
	if (name.endsWith('.html')) return [`${base}${name.slice(0, -5)}`, `${base}${name}`];
	return [`${base}${name}`];
}

/** Writes `<dir>/_headers` for the site built in `dir` and returns its rules. */
export function writeSiteHeaders(dir: string, embedOrigins: readonly string[] = EMBED_ORIGINS): HeaderRule[] {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) =>
			join(e.parentPath, e.name)
				.slice(dir.length + 1)
				.split('\\')
				.join('/')
		);
	const rules = siteRules(files.sort(), (file) => readFileSync(join(dir, file), 'utf8'), embedOrigins);
	writeFileSync(join(dir, HEADERS_FILE), formatHeaders(rules));
	return rules;
}
