import { describe, expect, it } from 'vitest';
import { claimRefs, isSafeUrl, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
	it('renders paragraphs, emphasis and links', () => {
		expect(renderMarkdown('Hello **Tarra** [map](https://example.org)')).toBe(
			'<p>Hello <strong>Tarra</strong> <a href="https://example.org">map</a></p>'
		);
	});

	it('escapes raw HTML instead of passing it through', () => {
		const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror=alert(1)>');
		expect(html).not.toMatch(/<script|<img/);
		expect(html).toContain('&lt;script&gt;');
	});

	it('drops links with unsafe schemes, keeping their text', () => {
		for (const url of [
			'javascript:alert(1)',
			'JAVASCRIPT:alert(1)',
			'data:text/html,x',
			'vbscript:x',
			'file:///etc/passwd'
		]) {
			const html = renderMarkdown(`[click](${url})`);
			expect(html, url).not.toContain('href');
		}
	});

	it('marks links to hedged claims as hedged', () => {
		expect(renderMarkdown('[100 killed](#claim-k)', { hedged: new Set(['k']) })).toBe(
			'<p><a href="#claim-k" class="claim-ref hedged" data-claim="k">100 killed</a></p>'
		);
	});

	it('marks links to claims so readers can open who says so', () => {
		expect(renderMarkdown('[7 killed](#claim-alder-ash)')).toBe(
			'<p><a href="#claim-alder-ash" class="claim-ref" data-claim="alder-ash">7 killed</a></p>'
		);
	});
});

describe('isSafeUrl', () => {
	it('allows http, https, mailto, relative and fragment links only', () => {
		expect(
			['https://a.b', 'http://a.b', 'mailto:x@y.z', '/sources/', '../x', '#step-1'].every(isSafeUrl)
		).toBe(true);
		expect(['javascript:x', ' java\tscript:x', 'ftp://x', '//evil.example', 'tel:123'].some(isSafeUrl)).toBe(
			false
		);
	});
});

describe('claimRefs', () => {
	it('finds claim links with their offsets', () => {
		expect(claimRefs('a [b](#claim-x) c [d](#claim-y-z)')).toEqual([
			{ id: 'x', offset: 6 },
			{ id: 'y-z', offset: 22 }
		]);
	});
});
