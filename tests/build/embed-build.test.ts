// What the build writes for embeds, read from build/ and the served site: every chapter's page, its byte budget, the
// 404 page that lists a story's chapters, and the static fallback (an image per step and a link) for hosts that
// strip iframes.
import { existsSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { routeAssets, type Asset } from '../../scripts/bench/route-assets.js';
import { baseURL } from '../browser/harness.ts';
import { STORIES } from '../stories.ts';

const kB = 1000;
const chapters = STORIES.flatMap((story) =>
	story.chapters.map((c) => ({ story: story.slug, chapter: c.id, steps: c.steps }))
);

describe.each(chapters)('the embed of $story/$chapter', ({ story, chapter, steps }) => {
	const route = `/embed/${story}/${chapter}/`;

	it('is prerendered, with every step', () => {
		const html = readFileSync(`build${route}index.html`, 'utf8');
		for (const step of steps) expect(html).toContain(`id="step-${step.id}"`);
	});

	it('loads at most 45 kB of JavaScript (brotli), the story page’s own budget', () => {
		const js = routeAssets('build', route).assets.filter((a: Asset) => a.kind === 'js');
		const total = js.reduce((sum: number, a: Asset) => sum + a.br, 0);
		expect(total, js.map((a: Asset) => `${a.path} ${a.br}`).join('\n')).toBeLessThanOrEqual(45 * kB);
	});

	it('has a static fallback: an SVG image of each step’s visual, linked to the step in the whole story', () => {
		const folder = `build${route}`;
		const { document } = new JSDOM(readFileSync(`${folder}fallback.html`, 'utf8')).window;
		const links = [...document.querySelectorAll('figure a')];
		expect(links.map((a) => a.getAttribute('href'))).toEqual(steps.map((s) => `/${story}/#step-${s.id}`));
		for (const [i, step] of steps.entries()) {
			const img = links[i]!.querySelector('img')!;
			expect(img.getAttribute('src')).toBe(`${step.id}.svg`);
			expect(img.getAttribute('alt')).toBe(step.alt);
			expect(existsSync(`${folder}${step.id}.svg`)).toBe(true);
			const svg = new JSDOM('').window;
			const parsed = new svg.DOMParser().parseFromString(readFileSync(`${folder}${step.id}.svg`, 'utf8'), 'image/svg+xml');
			expect(parsed.getElementsByTagName('parsererror'), step.id).toHaveLength(0);
			expect(parsed.documentElement.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
			expect(parsed.documentElement.querySelector('style')?.textContent).toContain('--ink');
		}
	});
});

describe.each(STORIES.map((s) => ({ story: s.slug, chapters: s.chapters })))(
	'an embed address naming no chapter of $story',
	({ story, chapters: list }) => {
		it('gets a 404 page listing the story’s chapters', async () => {
			const response = await fetch(`${baseURL()}/embed/${story}/no-such-chapter/`);
			expect(response.status).toBe(404);
			const { document } = new JSDOM(await response.text()).window;
			expect([...document.querySelectorAll('li a')].map((a) => a.getAttribute('href'))).toEqual(
				list.map((c) => `/embed/${story}/${c.id}/`)
			);
		});
	}
);
