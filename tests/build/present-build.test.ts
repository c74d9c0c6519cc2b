// The presentation, the presenter view and the handout as the build writes them: prerendered for every story, with their byte budgets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeAssets, type Asset } from '../../scripts/bench/route-assets.js';
import { STORIES, stepsOf } from '../stories.ts';

const kB = 1000;
/** Text as Svelte's server writes it in an element. */
const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

describe.each(STORIES.map((s) => ({ story: s.slug, ids: stepsOf(s).map((step) => step.id) })))(
	'the presentation of $story',
	({ story, ids }) => {
		const route = `/present/${story}/`;

		it('is prerendered with every step, and no speaker note', () => {
			const html = readFileSync(`build${route}index.html`, 'utf8');
			for (const id of ids) expect(html).toContain(`id="step-${id}"`);
			const notes = STORIES.find((s) => s.slug === story)!.chapters.flatMap((c) => c.steps.flatMap((s) => s.notes ?? []));
			for (const note of notes) expect(html).not.toContain(note.slice(0, 40));
		});

		it('loads at most 45 kB of JavaScript (brotli), the story page’s own budget', () => {
			const js = routeAssets('build', route).assets.filter((a: Asset) => a.kind === 'js');
			const total = js.reduce((sum: number, a: Asset) => sum + a.br, 0);
			expect(total, js.map((a: Asset) => `${a.path} ${a.br}`).join('\n')).toBeLessThanOrEqual(45 * kB);
		});
	}
);

describe.each(STORIES.map((s) => ({ story: s.slug, steps: stepsOf(s) })))(
	'the presenter view of $story',
	({ story, steps }) => {
		const route = `/present/${story}/presenter/`;

		it('is prerendered with the first step’s notes in [data-notes], and every step’s notes in its props', () => {
			const html = readFileSync(`build${route}index.html`, 'utf8');
			const notes = /<div data-notes[^>]*>(?:<!--[^>]*-->)*<p[^>]*>([^<]*)<\/p>/.exec(html)?.[1];
			expect(notes).toBe(escape(steps[0]!.notes!));
			const props = JSON.parse(
				/<script type="application\/json" id="presenter-view-props">(.*?)<\/script>/s.exec(html)![1]!
			);
			for (const step of steps) expect(props.notes[step.id]).toBe(step.notes);
		});

		it('loads at most 50 kB of JavaScript (brotli)', () => {
			const js = routeAssets('build', route).assets.filter((a: Asset) => a.kind === 'js');
			const total = js.reduce((sum: number, a: Asset) => sum + a.br, 0);
			expect(total, js.map((a: Asset) => `${a.path} ${a.br}`).join('\n')).toBeLessThanOrEqual(50 * kB);
		});
	}
);

describe.each(STORIES.map((s) => ({ story: s.slug })))('the handout of $story', ({ story }) => {
	it('loads no script file, and at most 12 kB of CSS (brotli)', () => {
		const assets = routeAssets('build', `/${story}/handout/`).assets;
		expect(assets.filter((a: Asset) => a.kind === 'js')).toEqual([]);
		const css = assets.filter((a: Asset) => a.kind === 'css').reduce((sum: number, a: Asset) => sum + a.br, 0);
		expect(css).toBeLessThanOrEqual(12 * kB);
	});
});
