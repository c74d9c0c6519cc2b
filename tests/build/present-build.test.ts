// The presentation and the handout as the build writes them: prerendered for every story, with their byte budgets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeAssets, type Asset } from '../../scripts/bench/route-assets.js';
import { STORIES, stepsOf } from '../stories.ts';

const kB = 1000;

describe.each(STORIES.map((s) => ({ story: s.slug, ids: stepsOf(s).map((step) => step.id) })))(
	'the presentation of $story',
	({ story, ids }) => {
		const route = `/present/${story}/`;

		it('is prerendered with every step, and no speaker note', () => {
			const html = readFileSync(`build${route}index.html`, 'utf8');
			for (const id of ids) expect(html).toContain(`id="step-${id}"`);
			const notes = STORIES.find((s) => s.slug === story)!.chapters.flatMap((c) => c.steps.map((s) => s.notes));
			for (const note of notes.filter(Boolean)) expect(html).not.toContain(note.slice(0, 40));
		});

		it('loads at most 45 kB of JavaScript (brotli), the story page’s own budget', () => {
			const js = routeAssets('build', route).assets.filter((a: Asset) => a.kind === 'js');
			const total = js.reduce((sum: number, a: Asset) => sum + a.br, 0);
			expect(total, js.map((a: Asset) => `${a.path} ${a.br}`).join('\n')).toBeLessThanOrEqual(45 * kB);
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
