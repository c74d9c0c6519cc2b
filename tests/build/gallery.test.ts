import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAllStories } from '../../src/site/read-stories.ts';

const WIDTHS = [320, 640, 1040];
const html = (path: string) => readFileSync(`build/${path}`, 'utf8');
/** Text as Svelte's server renderer escapes it. */
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const stories = loadAllStories(process.cwd()).map((l) => l.story!);

/** Every prerendered page, as a path under build/. */
function pages(dir = 'build'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name).slice(6)] : []
	);
}

describe('prerendered gallery', () => {
	const page = html('gallery/index.html');

	it('asks search engines not to index it', () => {
		expect(page).toMatch(/<meta name="robots" content="noindex"\s*\/?>/);
	});

	it('draws every step of every story at 320, 640 and 1040 px, one figure each', () => {
		const steps = stories.flatMap((story) => story.chapters.flatMap((c) => c.steps.map((s) => ({ story, s }))));
		expect(steps.length).toBeGreaterThan(0);
		for (const { story, s } of steps)
			for (const width of WIDTHS) {
				const figure = `<figure aria-labelledby="gallery-${story.slug}-${s.id}-${width}-alt"`;
				expect(page.split(figure).length - 1, `${s.id} at ${width} px`).toBe(1);
			}
		expect(page.match(/<figure[\s>]/g)).toHaveLength(steps.length * WIDTHS.length);
	});

	it('captions each step with its id and chapter, and links back to the story', () => {
		for (const story of stories) {
			expect(page).toMatch(new RegExp(`href="[^"]*${story.slug}/"`));
			for (const chapter of story.chapters) {
				expect(page).toContain(`Chapter ${chapter.number}, ${escape(chapter.title)}`);
				for (const step of chapter.steps) expect(page).toContain(`<code>${step.id}</code>`);
			}
		}
	});
});

describe('the gallery is kept out of the published pages', () => {
	it('is not linked from the index page', () => {
		expect(html('index.html')).not.toMatch(/href="[^"]*gallery/);
	});

	it('is linked from no other page either', () => {
		const linking = pages().filter((p) => !p.startsWith('gallery/') && /href="[^"]*gallery/.test(html(p)));
		expect(linking).toEqual([]);
	});
});
