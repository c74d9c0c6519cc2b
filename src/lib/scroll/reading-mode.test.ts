import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT_KEY } from './reading-mode.svelte.ts';

describe('the layout chosen before the first paint', () => {
	const html = readFileSync('src/app.html', 'utf8');

	it('is read by app.html from the same storage key that ReadingMode writes', () => {
		expect(html).toContain(`localStorage.getItem('${LAYOUT_KEY}')`);
	});

	it('marks JavaScript, the article layout and deep links with the classes the CSS reads', () => {
		for (const name of ["add('js')", "add('article')", "add('deep-link')", 'prefers-reduced-motion: reduce'])
			expect(html).toContain(name);
	});
});
