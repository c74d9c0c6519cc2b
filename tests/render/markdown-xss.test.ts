import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSafeUrl, renderMarkdown } from '../../src/lib/content/markdown.ts';

/** Payloads from tests/fixtures/xss.md, separated by lines "%%%". Rendered, then parsed by the DOM (jsdom). */
const payloads = readFileSync('tests/fixtures/xss.md', 'utf8').split(/\n%%%\n/);

const TAGS = new Set([
	'P',
	'A',
	'EM',
	'STRONG',
	'CODE',
	'PRE',
	'IMG',
	'UL',
	'OL',
	'LI',
	'BLOCKQUOTE',
	'BR',
	'HR',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'DEL',
	'S'
]);
const ATTRIBUTES = new Set(['href', 'src', 'alt', 'title', 'class', 'data-claim', 'start']);

describe('Markdown rendering is safe on an XSS corpus', () => {
	it('has a corpus to test', () => expect(payloads.length).toBeGreaterThanOrEqual(40));

	it.each(payloads.map((p, i) => [i + 1, p]))(
		'payload %i yields no script, handler or unsafe URL',
		(_, payload) => {
			const html = renderMarkdown(payload as string);
			const host = document.createElement('div');
			host.innerHTML = html;
			for (const el of host.querySelectorAll('*')) {
				expect(TAGS.has(el.tagName), `<${el.tagName.toLowerCase()}> in ${html}`).toBe(true);
				for (const attr of el.attributes) {
					expect(ATTRIBUTES.has(attr.name), `${attr.name}= in ${html}`).toBe(true);
					if (attr.name === 'href' || attr.name === 'src')
						expect(isSafeUrl(attr.value), `${attr.value} in ${html}`).toBe(true);
				}
			}
			// Unsafe schemes may survive as inert, escaped text; they must never reach an attribute (checked above).
			expect(html).not.toMatch(/<script/i);
			expect(
				host.querySelectorAll('script, [onerror], [onload], [onclick], [onmouseover], [ontoggle]')
			).toHaveLength(0);
		}
	);
});
