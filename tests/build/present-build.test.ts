// The presentation page as the build writes it: prerendered for every story, with its byte budget.
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
