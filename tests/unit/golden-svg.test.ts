/**
 * Golden SVGs: every step of every story, server-rendered at the static figure's size (560×380), plus one phone
 * width (320×340, the sticky visual's 52svh on a 375×667 phone, rounded) per visual key. Each is normalised by
 * tests/golden/svg-text.ts and compared with tests/golden/<story>/<name>.svg.
 *
 *   UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/golden-svg.test.ts
 *
 * rewrites the files (and removes goldens no step renders any more); review the change as text before committing it.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Step, Story } from '../../src/lib/content/types.ts';
import Visual from '../../src/lib/visuals/Visual.svelte';
import { storyBasemap } from '../../src/lib/visuals/map/story-basemap.ts';
import { STORIES } from '../stories.ts';
import { extractSvg, lineDiff, normaliseSvg, round2, roundNumbers } from '../golden/svg-text.ts';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FIGURE = { width: 560, height: 380 };
const PHONE = { width: 320, height: 340 };

interface Golden {
	/** File name under tests/golden/<story>/, without `.svg`. */
	name: string;
	step: Step;
	chapter: string;
	size: { width: number; height: number };
}

function goldensOf(story: Story): Golden[] {
	const steps = story.chapters.flatMap((chapter) => chapter.steps.map((step) => ({ chapter, step })));
	return [
		...steps.map(({ chapter, step }) => ({ name: step.id, step, chapter: chapter.id, size: FIGURE })),
		...[...new Set(steps.map((s) => s.step.visual.key))].map((key) => {
			const { chapter, step } = steps.find((s) => s.step.visual.key === key)!;
			return { name: `phone-${key}`, step, chapter: chapter.id, size: PHONE };
		})
	];
}

function renderGolden(story: Story, { step, chapter, size }: Golden): string {
	const { body } = render(Visual, {
		props: {
			visual: step.visual,
			visuals: story.visuals,
			claims: story.claims,
			alt: step.alt,
			uid: `golden-${step.id}`,
			basemap: storyBasemap(story),
			fixed: size
		}
	});
	const header = `<!-- step ${step.id} · chapter ${chapter} · visual ${step.visual.key} · ${size.width}×${size.height} -->`;
	return `${header}\n${normaliseSvg(extractSvg(body))}`;
}

describe('golden SVG text', () => {
	it('rounds only numbers with more than two decimals, to two, without trailing zeros', () => {
		expect(roundNumbers('M12.3456,-0.004L1.5,2.25 3.1049e-15 0.10')).toBe('M12.35,0L1.5,2.25 0 0.10');
		expect(roundNumbers('--c: #2e6b30; fill: #2E6; x: 2e6')).toBe('--c: #2e6b30; fill: #2E6; x: 2000000');
		expect(round2(-0.001)).toBe('0');
		expect(round2(2.999)).toBe('3');
	});

	it('drops Svelte scoping classes and hydration comments, and prints one element per line', () => {
		const html =
			'<div><!--[--><svg class="a svelte-1x2y3z" viewBox="0 0 10 10"><!--[0--><g class="svelte-1x2y3z">' +
			'<text x="1.23456">Sirte <!---->km</text><line x1="0.5"></line></g><!--]--></svg></div>';
		expect(normaliseSvg(extractSvg(html))).toBe(
			[
				'<svg class="a" viewBox="0 0 10 10">',
				'\t<g>',
				'\t\t<text x="1.23">Sirte km</text>',
				'\t\t<line x1="0.5"/>',
				'\t</g>',
				'</svg>',
				''
			].join('\n')
		);
	});

	it('diffs show the changed lines with their line numbers', () => {
		expect(lineDiff('a\nb\nc\n', 'a\nB\nc\n', 1)).toBe(
			['@@ golden line 1, rendered line 1 @@', '  a', '- b', '+ B', '  c'].join('\n')
		);
	});
});

describe.each(STORIES)('golden SVGs of $slug', (story) => {
	const DIR = join(process.cwd(), 'tests/golden', story.slug);
	const goldens = goldensOf(story);

	it('has a golden for every step and every visual at phone width, and no stale ones', () => {
		const expected = goldens.map((g) => `${g.name}.svg`).sort();
		if (UPDATE) {
			mkdirSync(DIR, { recursive: true });
			for (const f of readdirSync(DIR))
				if (f.endsWith('.svg') && !expected.includes(f)) unlinkSync(join(DIR, f));
		}
		const onDisk = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.svg')) : [];
		const stale = onDisk.filter((f) => !expected.includes(f));
		expect(
			stale,
			`stale goldens in tests/golden/${story.slug} (no step renders them; UPDATE_GOLDEN=1 removes them): ${stale}`
		).toEqual([]);
	});

	it.each(
		goldens.map((g) => [`${g.name} (${g.step.visual.key}, ${g.size.width}×${g.size.height})`, g] as const)
	)('%s matches its golden', (_, golden) => {
		const file = join(DIR, `${golden.name}.svg`);
		const actual = renderGolden(story, golden);
		if (UPDATE) {
			mkdirSync(DIR, { recursive: true });
			writeFileSync(file, actual);
			return;
		}
		const how =
			'If the change is intended, run UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/golden-svg.test.ts and review the diff.';
		const where = `step "${golden.step.id}" (chapter ${golden.chapter}, visual ${golden.step.visual.key}, ${golden.size.width}×${golden.size.height})`;
		if (!existsSync(file))
			expect.fail(`No golden for ${where}: tests/golden/${story.slug}/${golden.name}.svg. ${how}`);
		const expected = readFileSync(file, 'utf8');
		if (actual !== expected)
			expect.fail(
				`The SVG of ${where} differs from tests/golden/${story.slug}/${golden.name}.svg (- golden, + rendered):\n` +
					`${lineDiff(expected, actual)}\n${how}`
			);
	});
});
