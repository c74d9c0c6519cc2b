// The headers a static host sends with the built site, as build/_headers asks and scripts/serve.js applies it: a
// Content-Security-Policy that allows the page's own inline scripts by hash and nothing else inline, framing refused
// everywhere but on the embed pages, a referrer policy and nosniff. The scripts are found here by jsdom, a real HTML
// parser, not by the build's own scan (src/site/csp.ts).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseHeaders } from '../../src/site/headers-file.js';
import { baseURL } from '../browser/harness.ts';
import { STORY_SLUGS } from '../stories.ts';
import { embedPages } from './embed-pages.ts';

const EMBEDS = embedPages();
const PAGES = [
	'/',
	'/gallery/',
	...STORY_SLUGS.flatMap((slug) => [`/${slug}/`, `/${slug}/sources/`]),
	// The embed builder, once built: a page of the site, framed by nobody.
	...(existsSync('build/embed/index.html') ? ['/embed/'] : [])
];
const DATA_BLOCK = /^(?!(text|application)\/(x-)?(java|ecma)script$|module$|importmap$)./i;

/** The directives of a policy, by name. */
const directives = (policy: string) =>
	new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]) => [name!.toLowerCase(), values])
	);

/** The CSP hash of every script jsdom finds inline in the page, and its inline event handlers and javascript: URLs. */
function inlineCode(html: string) {
	// A console of its own: jsdom's complaints about modern CSS are not this test's business.
	const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
	const scripts = [...doc.querySelectorAll('script:not([src])')].filter(
		(s) => !DATA_BLOCK.test((s.getAttribute('type') ?? '').trim())
	);
	const hashes = scripts.map((s) => `'sha256-${createHash('sha256').update(s.textContent ?? '').digest('base64')}'`);
	const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
		[...el.attributes].filter((a) => /^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)).map((a) => a.name)
	);
	return { hashes, handlers };
}

describe('build/_headers', () => {
	it('is written by the build and reads as a _headers file', () => {
		expect(existsSync('build/_headers')).toBe(true);
		expect(parseHeaders(readFileSync('build/_headers', 'utf8')).length).toBeGreaterThan(2);
	});

	it('is not served as a page of the site', async () => {
		expect((await fetch(`${baseURL()}/_headers`)).status).toBe(404);
	});
});

describe.each([...PAGES, ...EMBEDS])('the headers of %s', (path) => {
	const embed = EMBEDS.includes(path);
	const file = `build${path}index.html`;

	it('allow every inline script of the page by its hash, and no script inline otherwise', async () => {
		const response = await fetch(`${baseURL()}${path}`);
		expect(response.status).toBe(200);
		const policies = response.headers.get('content-security-policy') ?? '';
		// One policy: a second one (a host joins them with a comma) would be enforced too.
		expect(policies).not.toContain(',');
		const csp = directives(policies);
		const scriptSrc = csp.get('script-src') ?? [];
		expect(scriptSrc).toContain("'self'");
		expect(scriptSrc).not.toContain("'unsafe-inline'");
		expect(scriptSrc).not.toContain("'unsafe-eval'");
		const { hashes, handlers } = inlineCode(readFileSync(file, 'utf8'));
		expect(hashes.length).toBeGreaterThan(0);
		for (const hash of hashes) expect(scriptSrc).toContain(hash);
		expect(handlers).toEqual([]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		expect(csp.get('default-src')).toEqual(["'self'"]);
	});

	it(
		embed ? 'let other sites frame it (no frame-ancestors but a configured list)' : 'refuse to be framed',
		async () => {
			const response = await fetch(`${baseURL()}${path}`);
			const csp = directives(response.headers.get('content-security-policy') ?? '');
			if (embed) {
				expect(csp.get('frame-ancestors') ?? []).not.toContain("'none'");
				expect(response.headers.get('x-frame-options')).toBeNull();
			} else {
				expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
				expect(response.headers.get('x-frame-options')).toBe('DENY');
			}
		}
	);

	it('send a referrer policy and nosniff', async () => {
		const response = await fetch(`${baseURL()}${path}`);
		expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
	});
});
