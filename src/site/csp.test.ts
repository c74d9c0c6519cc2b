import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, scriptHash } from './csp.ts';

describe('inlineScripts', () => {
	it('returns the text of every classic, module and import-map inline script, in document order', () => {
		const html =
			'<script>a()</script><SCRIPT type="module">b()</SCRIPT ><script type=text/javascript>c()</script>' +
			`<script type='importmap'>{}</script><script type="">d()</script>`;
		expect(inlineScripts(html)).toEqual(['a()', 'b()', 'c()', '{}', 'd()']);
	});

	it('leaves out data blocks, scripts with src and scripts inside comments', () => {
		const html =
			'<script type="application/json" id="props">{"a":1}</script><script src="/x.js"></script>' +
			'<script defer src=/y.js>ignored()</script><!-- <script>old()</script> --><script data-type="x">e()</script>';
		expect(inlineScripts(html)).toEqual(['e()']);
	});

	it('reads an attribute value holding ">" and a script holding "<", and turns CRLF into LF as the parser does', () => {
		expect(inlineScripts('<script data-x="a>b">if (a < b) f()\r\n</script>')).toEqual(['if (a < b) f()\n']);
	});
});

describe('scriptHash', () => {
	it('is the CSP source of the SHA-256 of the script’s UTF-8 text (CSP 3’s example)', () => {
		expect(scriptHash("alert('Hello, world.');")).toBe(
			"'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
		);
		expect(scriptHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});

	// The expected value is `printf '\xc3\xa9' | openssl dgst -sha256 -binary | base64`.
	it('hashes the UTF-8 bytes of the text, as the browser hashes the document’s', () => {
		expect(scriptHash('é')).toBe("'sha256-SplVfkAzw1Od4utlRyAXytX5VX96BiWgnxw/biumnEw='");
	});
});

describe('contentSecurityPolicy', () => {
	const hashes = ["'sha256-b'", "'sha256-a'", "'sha256-b'"];

	it('allows inline scripts only by hash, each once and sorted, and refuses every frame', () => {
		expect(contentSecurityPolicy(hashes, 'none')).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; " +
				"img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
				"form-action 'self'; frame-ancestors 'none'"
		);
	});

	it('lets the site and the listed origins frame a page, or anyone when given no list', () => {
		expect(contentSecurityPolicy([], ['https://a.example', 'https://*.b.example'])).toMatch(
			/; frame-ancestors 'self' https:\/\/a\.example https:\/\/\*\.b\.example$/
		);
		expect(contentSecurityPolicy([], undefined)).not.toContain('frame-ancestors');
	});
});
