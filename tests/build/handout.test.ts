// The printed handout, as `npm run handout` makes it: Chromium prints each story's /<story>/handout/ at A4 and at
// Letter, and the PDFs' text is read back (pdf.js): every step's text and figure, in order, each step on one page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS, printHandouts } from '../../scripts/handout.js';
import { baseURL } from '../browser/harness.ts';
import { STORIES, stepsOf } from '../stories.ts';

/** Text with no white space: PDF text comes back in lines, so words and spaces are compared without them. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
const plain = (html: string) => new JSDOM(`<p>${html}</p>`).window.document.body.textContent ?? '';

/** Each page's text, squeezed. */
async function pagesOf(path: string): Promise<string[]> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await getDocument({ url: path, useSystemFonts: true, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let n = 1; n <= doc.numPages; n++) {
		const content = await (await doc.getPage(n)).getTextContent();
		// A hedged claim's "(claimed)" is the stylesheet's (::after), not the story's text.
		const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
		pages.push(squeeze(text).replaceAll('(claimed)', ''));
	}
	return pages;
}

describe('the handout PDFs', () => {
	const out = mkdtempSync(join(tmpdir(), 'handout-'));
	let written: Awaited<ReturnType<typeof printHandouts>> = [];
	beforeAll(async () => {
		written = await printHandouts({ url: baseURL(), stories: STORIES.map((s) => s.slug), out });
	}, 120_000);
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	const cases = STORIES.flatMap((story) => FORMATS.map(({ format }) => ({ story, format, slug: story.slug })));
	it.each(cases)('$slug at $format: every step’s text and figure, in order, each step on one page', async ({ story, format }) => {
		const file = written.find((w) => w.story === story.slug && w.format === format)!;
		const pages = await pagesOf(file.path);
		expect(pages.length).toBe(file.pages);
		const all = pages.join('');
		let from = 0;
		const problems: string[] = [];
		for (const step of stepsOf(story)) {
			const text = squeeze(plain(step.html)).slice(0, 40);
			const figure = squeeze(step.alt).slice(0, 40);
			const at = all.indexOf(text, from);
			const figureAt = all.indexOf(figure, at);
			if (at < 0 || figureAt < 0) {
				problems.push(`${step.id}: ${at < 0 ? 'text' : 'figure'} missing or out of order`);
				continue;
			}
			from = figureAt;
			const pageOf = (offset: number) => pages.findIndex((_, i) => pages.slice(0, i + 1).join('').length > offset);
			if (pageOf(at) !== pageOf(figureAt)) problems.push(`${step.id}: split across pages ${pageOf(at) + 1}–${pageOf(figureAt) + 1}`);
		}
		expect(problems).toEqual([]);
	});
});
