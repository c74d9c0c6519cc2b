import { describe, expect, it } from 'vitest';
import { formatHeaders, headersFor, matchesPath, parseHeaders, type HeaderRule } from './headers-file.js';

const rules: HeaderRule[] = [
	{ path: '/*', detach: [], set: [['X-Content-Type-Options', 'nosniff']] },
	{ path: '/', detach: [], set: [['Content-Security-Policy', "frame-ancestors 'none'"]] },
	{
		path: '/embed/:story/*',
		detach: ['X-Content-Type-Options'],
		set: [['Content-Security-Policy', "script-src 'self'"]]
	}
];

describe('formatHeaders', () => {
	it('writes each rule as its path, then its detached and set headers indented, blank lines between', () => {
		expect(formatHeaders(rules)).toBe(
			[
				'/*',
				'  X-Content-Type-Options: nosniff',
				'',
				'/',
				"  Content-Security-Policy: frame-ancestors 'none'",
				'',
				'/embed/:story/*',
				'  ! X-Content-Type-Options',
				"  Content-Security-Policy: script-src 'self'",
				''
			].join('\n')
		);
	});

	it('refuses a value that would break the file into another header', () => {
		expect(() => formatHeaders([{ path: '/', detach: [], set: [['X-A', 'a\nX-B: b']] }])).toThrow(
			/bad value of X-A/
		);
		expect(() => formatHeaders([{ path: '/', detach: [], set: [['X A', 'a']] }])).toThrow(/bad header name/);
		expect(() => formatHeaders([{ path: 'embed/*', detach: [], set: [['X-A', 'a']] }])).toThrow(/bad path/);
	});
});

describe('parseHeaders', () => {
	it('reads back what formatHeaders writes', () => {
		expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
	});

	it('skips comments and blank lines, splits a value at its first colon and reads CRLF files', () => {
		const text = '# site\r\n/a\r\n\tLink: <https://x.example/>; rel=preconnect\r\n  !  X-Frame-Options\r\n';
		expect(parseHeaders(text)).toEqual([
			{ path: '/a', detach: ['X-Frame-Options'], set: [['Link', '<https://x.example/>; rel=preconnect']] }
		]);
	});

	it('names the line it cannot read', () => {
		expect(() => parseHeaders('  X-A: a\n')).toThrow('_headers:1: a header before any path: X-A: a');
		expect(() => parseHeaders('/\n  no colon here\n')).toThrow(/^_headers:2: expected `Name: value`/);
		expect(() => parseHeaders('https://example.com/*\n  X-A: a\n')).toThrow(/_headers:1: rules for a host/);
	});
});

describe('matchesPath', () => {
	it.each([
		['/*', '/', true],
		['/*', '/a-story/sources/', true],
		['/', '/', true],
		['/', '/index.html', false],
		['/embed/*', '/embed/', true],
		['/embed/*', '/embed', false],
		['/embed/*', '/embedded/', false],
		['/embed/:story/*', '/embed/a-story/a-chapter/', true],
		['/embed/:story/*', '/embed/a-story', false],
		['/embed/:story/x', '/embed/a/b/x', false],
		['/a.html', '/aXhtml', false],
		['/(a)+', '/(a)+', true]
	])('%s against %s: %s', (pattern, path, want) => {
		expect(matchesPath(pattern, path)).toBe(want);
	});
});

describe('headersFor', () => {
	it('applies every matching rule in file order, the first setter replacing the server’s own value', () => {
		expect(
			headersFor(rules, '/', { 'X-Content-Type-Options': 'server', 'Content-Type': 'text/html' })
		).toEqual({
			'x-content-type-options': 'nosniff',
			'content-type': 'text/html',
			'content-security-policy': "frame-ancestors 'none'"
		});
	});

	it('removes a header that a `! Name` line detaches, whoever set it, and leaves paths outside every rule alone', () => {
		expect(headersFor(rules, '/embed/s/c/', { 'x-content-type-options': 'server' })).toEqual({
			'content-security-policy': "script-src 'self'"
		});
		expect(headersFor(rules.slice(1), '/gallery/', { a: 'b' })).toEqual({ a: 'b' });
	});

	it('joins a header that two matching rules set with a comma, as two policies a browser enforces both of', () => {
		const both: HeaderRule[] = [
			{ path: '/*', detach: [], set: [['Content-Security-Policy', "frame-ancestors 'none'"]] },
			{ path: '/embed/*', detach: [], set: [['content-security-policy', 'frame-ancestors *']] }
		];
		expect(headersFor(both, '/embed/a/')).toEqual({
			'content-security-policy': "frame-ancestors 'none', frame-ancestors *"
		});
		const detached = [both[0]!, { ...both[1]!, detach: ['Content-Security-Policy'] }];
		expect(headersFor(detached, '/embed/a/')).toEqual({ 'content-security-policy': 'frame-ancestors *' });
	});
});
