import { describe, expect, it } from 'vitest';
import { scriptHash } from './csp.ts';
import { headersFor, matchesPath } from './headers-file.js';
import { siteRules } from './site-headers.ts';

const FILES = [
	'index.html',
	'favicon.svg',
	'_headers',
	'_app/immutable/entry/story.js',
	'story/index.html',
	'story/sources/index.html',
	'embed/index.html',
	'embed/v1/loader.js',
	'embed/story/first/index.html',
	'oembed/story/first.json'
];
const HTML: Record<string, string> = {
	'index.html': '<script>pre()</script>',
	'story/index.html':
		'<script>pre()</script><script type="application/json">{}</script><script>load()</script>',
	'story/sources/index.html': '<script>pre()</script>',
	'embed/index.html': '<script>builder()</script>',
	'embed/story/first/index.html': '<script>embed()</script>'
};
const rules = (origins: string[] = []) => siteRules(FILES, (file) => HTML[file]!, origins);
const at = (path: string, origins?: string[]) => headersFor(rules(origins), path);
const csp = (path: string, origins?: string[]) => at(path, origins)['content-security-policy'] ?? '';
const scriptSrc = (path: string) => /script-src ([^;]*)/.exec(csp(path))![1];

describe('siteRules', () => {
	it('gives every page the hashes of its own inline scripts, and of no data block', () => {
		expect(scriptSrc('/')).toBe(`'self' ${scriptHash('pre()')}`);
		expect(scriptSrc('/story/')).toBe(["'self'", scriptHash('load()'), scriptHash('pre()')].sort().join(' '));
		expect(scriptSrc('/embed/story/first/')).toBe(`'self' ${scriptHash('embed()')}`);
	});

	it('refuses every frame everywhere but under embed/’s folders, which anyone may frame', () => {
		for (const path of [
			'/',
			'/index.html',
			'/story/',
			'/story/sources/',
			'/embed/',
			'/favicon.svg',
			'/oembed/story/first.json'
		]) {
			expect(csp(path), path).toMatch(/; frame-ancestors 'none'$/);
			expect(at(path)['x-frame-options'], path).toBe('DENY');
		}
		expect(csp('/embed/story/first/')).not.toContain('frame-ancestors');
		expect(at('/embed/story/first/')).not.toHaveProperty('x-frame-options');
	});

	it('lets the site and the allow-list frame the embeds when there is a list', () => {
		expect(csp('/embed/story/first/', ['https://news.example'])).toMatch(
			/; frame-ancestors 'self' https:\/\/news\.example$/
		);
		expect(csp('/story/', ['https://news.example'])).toMatch(/; frame-ancestors 'none'$/);
	});

	it('refuses an allow-list entry that is not a CSP source, so no entry can add a directive', () => {
		expect(() => rules(["https://a.example; script-src 'unsafe-inline'"])).toThrow(
			/is not a CSP host source/
		);
		expect(() => rules(['*'])).toThrow(/is not a CSP host source/);
	});

	it('sends one policy to every path: no two rules that set it match the same path', () => {
		const setters = rules().filter((r) => r.set.some(([n]) => n === 'Content-Security-Policy'));
		const paths = [
			'/',
			'/index.html',
			'/story/',
			'/story/sources/',
			'/embed/',
			'/embed/index.html',
			'/embed/story/first/',
			'/embed/v1/loader.js',
			'/_app/immutable/entry/story.js',
			'/favicon.svg'
		];
		for (const path of paths)
			expect(
				setters.filter((r) => matchesPath(r.path, path)),
				path
			).toHaveLength(1);
	});

	it('sends nosniff and a referrer policy everywhere, and caches hashed files for good', () => {
		expect(at('/nowhere/')).toEqual({
			'x-content-type-options': 'nosniff',
			'referrer-policy': 'strict-origin-when-cross-origin'
		});
		expect(at('/_app/immutable/entry/story.js')['cache-control']).toBe('public, max-age=31536000, immutable');
	});

	it('lets host pages load the loader with integrity (CORS), and nothing else of the site’s pages', () => {
		expect(at('/embed/v1/loader.js')['access-control-allow-origin']).toBe('*');
		expect(at('/story/')['access-control-allow-origin']).toBeUndefined();
	});

	it('makes no rule of the host’s own files', () => {
		expect(rules().some((r) => r.path.includes('_headers'))).toBe(false);
	});
});
