import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicExports } from '../public-exports.ts';

const page = readFileSync('build/docs/index.html', 'utf8');

describe('the prerendered /docs/ page', () => {
	it.each(publicExports('index'))('documents %s from scrolly-explainer', (name) => {
		expect(page).toContain(`id="api-${name}"`);
		expect(page).toContain(`href="#api-${name}"`);
	});

	it.each(publicExports('node'))('documents %s from scrolly-explainer/node', (name) => {
		expect(page).toContain(`id="api-node-${name}"`);
	});

	it("shows StoryView's props table, one row per prop", () => {
		const section = page.slice(page.indexOf('id="api-StoryView"'), page.indexOf('id="api-EmbedView"'));
		expect([...section.matchAll(/<th scope="row"[^>]*><code>([^<]+)<\/code>/g)].map((m) => m[1])).toEqual([
			'story',
			'basemap?',
			'address?',
			'islands?'
		]);
		expect(section).toContain('The validated story to tell.');
	});
});
