import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_ORIGIN, siteOrigin } from './site-origin.server.ts';

describe('siteOrigin', () => {
	it('is the preview server’s origin when SITE_ORIGIN is unset or blank', () => {
		expect(siteOrigin({})).toBe('http://127.0.0.1:4173');
		expect(siteOrigin({ SITE_ORIGIN: '  ' })).toBe(DEFAULT_SITE_ORIGIN);
	});

	it('returns an http(s) origin as given, without its trailing slash', () => {
		expect(siteOrigin({ SITE_ORIGIN: 'https://stories.example.org' })).toBe('https://stories.example.org');
		expect(siteOrigin({ SITE_ORIGIN: 'https://stories.example.org/' })).toBe('https://stories.example.org');
		expect(siteOrigin({ SITE_ORIGIN: 'http://localhost:8080' })).toBe('http://localhost:8080');
	});

	it('stops the build, naming the value, when SITE_ORIGIN is not an http(s) origin', () => {
		const cases = [
			['example.org', 'is not a URL'],
			['ftp://example.org', 'is not http or https'],
			['javascript:alert(1)', 'is not http or https'],
			['https://user:pw@example.org', 'carries credentials'],
			['https://example.org/stories', 'has a path'],
			['https://example.org?x=1', 'has a path'],
			['https://example.org#top', 'has a path'],
			['https://EXAMPLE.org', 'has a path, query or fragment, or is not in canonical form']
		];
		for (const [value, why] of cases)
			expect(() => siteOrigin({ SITE_ORIGIN: value }), value).toThrow(
				`SITE_ORIGIN=${JSON.stringify(value)} ${why}`
			);
	});
});
