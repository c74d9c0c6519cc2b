import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostics } from '../../src/lib/content/diagnostics.ts';
import type { Loaded } from '../../src/lib/content/load.ts';
import { loadStory } from '../../src/lib/load-story.ts';

/** The valid base story of the broken-file corpus, keyed as stories/demo/<file>. */
function baseStory(): Record<string, string> {
	const dir = 'tests/fixtures/base';
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			if (statSync(path).isDirectory()) walk(path);
			else out[`stories/demo/${relative(dir, path)}`] = readFileSync(path, 'utf8');
		}
	};
	walk(dir);
	return out;
}

const base = baseStory();
const files = Object.keys(base);

/** Every diagnostic points inside the file it names, and the whole report formats. */
function wellFormed(loaded: Loaded) {
	for (const d of loaded.diagnostics) {
		const text = loaded.texts[d.file];
		const lines = text === undefined ? 1 : text.split('\n').length;
		expect(d.line, `${d.file}:${d.line}`).toBeGreaterThanOrEqual(1);
		expect(d.line, `${d.file}:${d.line}`).toBeLessThanOrEqual(lines + 1);
		expect(d.col).toBeGreaterThanOrEqual(1);
		expect(d.message.length).toBeGreaterThan(0);
	}
	expect(typeof formatDiagnostics(loaded.diagnostics, loaded.texts)).toBe('string');
	if (loaded.diagnostics.length === 0) expect(loaded.story).toBeDefined();
	else expect(loaded.story).toBeUndefined();
}

/** Text that looks like what authors write: YAML, Markdown, CSV and step syntax, broken in every way. */
const fragment = fc.constantFrom(
	'---',
	':::',
	'::: step',
	'::: step a-b',
	'visual: progress',
	'visual: map',
	'layers: [held]',
	'state:',
	'  until: 2016-05-05',
	'claims: [c1]',
	'alt: x',
	'notes: y',
	'- id: c1',
	'  value: 1',
	'title: T',
	'dek: D',
	'\t',
	'"',
	"'",
	'&a',
	'*a',
	'!!binary',
	'{',
	'}',
	'[',
	']',
	': ',
	'#',
	',',
	'id,date',
	'[x](#claim-c1)',
	'<script>',
	'\uFEFF',
	'\r\n',
	'\u0000',
	'𝕊'
);
const authorText = fc
	.array(fc.oneof(fragment, fc.string(), fc.constant('\n')), { maxLength: 40 })
	.map((p) => p.join(''));

describe('the story validator never throws', { timeout: 30_000 }, () => {
	it('on arbitrary text in any story file', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...files),
				fc.oneof(fc.string({ unit: 'binary' }), authorText),
				(file, text) => {
					wellFormed(loadStory('demo', { ...base, [file]: text }));
				}
			),
			{ seed: 20160512, numRuns: 400 }
		);
	});

	it('on random edits of a valid story (lines deleted, duplicated or spliced with text)', () => {
		const edit = fc.tuple(
			fc.constantFrom(...files),
			fc.nat(),
			fc.constantFrom('delete', 'duplicate', 'insert'),
			authorText
		);
		fc.assert(
			fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
				const story = { ...base };
				for (const [file, at, kind, text] of edits) {
					const lines = story[file]!.split('\n');
					const i = at % lines.length;
					if (kind === 'delete') lines.splice(i, 1);
					else if (kind === 'duplicate') lines.splice(i, 0, lines[i]!);
					else lines.splice(i, 0, text);
					story[file] = lines.join('\n');
				}
				wellFormed(loadStory('demo', story));
			}),
			{ seed: 20161217, numRuns: 400 }
		);
	});

	it('on arbitrary sets of file names and slugs', () => {
		fc.assert(
			fc.property(fc.string(), fc.dictionary(fc.string(), fc.string(), { maxKeys: 6 }), (slug, extra) => {
				const prefixed = Object.fromEntries(
					Object.entries(extra).map(([k, v]) => [`stories/${slug}/${k}`, v])
				);
				wellFormed(loadStory(slug, prefixed));
			}),
			{ seed: 7, numRuns: 200 }
		);
	});
});
