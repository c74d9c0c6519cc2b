import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/lib/content/diagnostics.ts';
import { loadStory } from '../../src/lib/load-story.ts';

/**
 * The broken-file corpus: tests/fixtures/base is a small valid story; each folder in tests/fixtures/broken holds the
 * files that differ from it and `expected.txt`, the exact diagnostics (empty when the change is accepted).
 * `UPDATE_GOLDEN=1` rewrites expected.txt; review the diff before committing it. Each folder in
 * tests/fixtures/accepted holds a change the checker must accept (a story-declared kind of count, a movement that
 * leaves the map).
 */
const root = 'tests/fixtures';

function readTree(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else if (name !== 'expected.txt') out[relative(dir, path)] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return out;
}

const asStory = (tree: Record<string, string>) =>
	Object.fromEntries(Object.entries(tree).map(([path, text]) => [`stories/demo/${path}`, text]));
const base = readTree(join(root, 'base'));
const cases = readdirSync(join(root, 'broken')).sort();
const accepted = readdirSync(join(root, 'accepted')).sort();

describe('the broken-file corpus', () => {
	it('starts from a valid story', () => {
		expect(loadStory('demo', asStory(base)).diagnostics).toEqual([]);
	});

	it.each(cases)('%s: reports exactly the expected diagnostics', (name) => {
		const dir = join(root, 'broken', name);
		const loaded = loadStory('demo', asStory({ ...base, ...readTree(dir) }));
		const actual = loaded.diagnostics.map((d) => formatDiagnostic(d)).join('\n');
		const golden = join(dir, 'expected.txt');
		if (process.env.UPDATE_GOLDEN || !existsSync(golden)) writeFileSync(golden, actual ? `${actual}\n` : '');
		expect(actual).toBe(readFileSync(golden, 'utf8').trimEnd());
		if (actual === '') expect(loaded.story).toEqual(loadStory('demo', asStory(base)).story);
		else expect(loaded.story).toBeUndefined();
	});
});

describe('changes the checker accepts', () => {
	it.each(accepted)('%s: loads without a diagnostic', (name) => {
		const loaded = loadStory('demo', asStory({ ...base, ...readTree(join(root, 'accepted', name)) }));
		expect(loaded.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
		expect(loaded.story).not.toEqual(loadStory('demo', asStory(base)).story);
	});
});
