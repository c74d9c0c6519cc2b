// The package's interface words live in the locale tables, not in its components: no component under src/lib may
// spell out a phrase of the English tables, so words cannot creep back in.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enPage } from './en-page.ts';
import { en } from './en.ts';

const LIB = join(process.cwd(), 'src/lib');

/** Stands in for a phrase's argument: a string, a list and a true value at once. */
const HOLE = '\u0001';
const hole = Object.assign(new String(HOLE), { join: () => HOLE });

/** The fixed parts of every phrase in a table: its strings, and what its functions say around their arguments. */
function phrases(value: unknown): string[] {
	if (typeof value === 'string') return value.split(HOLE);
	if (typeof value === 'function')
		return phrases((value as (...a: unknown[]) => unknown)(hole, hole, hole, hole));
	if (value && typeof value === 'object') return Object.values(value).flatMap(phrases);
	return [];
}

/** The English phrases worth looking for: at least one word of three letters (not "in", ", ", "—"). */
const PHRASES = [
	...new Set(
		phrases({ ...en, ...enPage, dir: '', format: { months: en.format.months, about: en.format.about } })
			.map((p) => p.trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, ''))
			.filter((p) => /\p{L}{3}/u.test(p))
	)
];

/** Attributes a reader (or a screen reader) is given to read; `class`, `id` and `href` hold names, not words. */
const READ =
	/(?:aria-label|aria-valuetext|aria-description|aria-roledescription|title|alt|placeholder|content)="([^"]*)"/g;

/** What a reader could see of a component's source: its string literals, text and attribute values; no comments. */
function humanText(source: string): string {
	const bare = source
		.replace(/<style[\s\S]*?<\/style>/g, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\/\*[\s\S]*?\*\//g, '')
		.replace(/(^|[^:'"`\w])\/\/.*$/gm, '$1');
	const strings = (code: string) =>
		[...code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)].map((m) => m.slice(1).join(''));
	// A module's path (`import … from './held-figures.ts'`) names a file, not words.
	const scripts = [...bare.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) =>
		m[1]!.replace(/\bfrom\s*(['"])[^'"\n]*\1/g, '').replace(/\bimport\s*(['"])[^'"\n]*\1/g, '')
	);
	let markup = bare.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');
	// Expressions, innermost first: their string literals are text a reader sees.
	const expressions: string[] = [];
	for (let last = ''; last !== markup;)
		[last, markup] = [markup, markup.replace(/\{([^{}]*)\}/g, (_, e: string) => (expressions.push(e), ' '))];
	const attributes = [...markup.matchAll(READ)].map((m) => m[1]!);
	const text = markup.replace(/<[^>]*>/g, '\n');
	return [...scripts.flatMap(strings), ...expressions.flatMap(strings), ...attributes, text].join('\n');
}

const found = (text: string) =>
	PHRASES.filter((p) =>
		new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(
			text
		)
	);

function svelteFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? svelteFiles(join(dir, e.name)) : e.name.endsWith('.svelte') ? [join(dir, e.name)] : []
	);
}

describe('interface words', () => {
	it('are found in a component that spells them out, in its text, attributes or script, not in a module’s path', () => {
		const component = `<script lang="ts">
	// Copy link to this step (a comment says what it likes)
	import { releaseFigures } from './held-figures.ts';
	let status = $state('Link copied');
</script>
<nav class="about" aria-label="Reading progress"><summary>Show the data</summary>{open ? \`Step \${n} of \${total}\` : ''}</nav>`;
		expect(found(humanText(component))).toEqual(['Link copied', 'Step', 'Reading progress', 'Show the data']);
		expect(PHRASES).toContain('Link to this step');
		expect(PHRASES).toContain('Step');
	});

	it('appear in no component of the package', () => {
		const files = svelteFiles(LIB);
		expect(files.length).toBeGreaterThan(10);
		const offenders = files.flatMap((file) => {
			const words = found(humanText(readFileSync(file, 'utf8')));
			return words.length ? [`${relative(process.cwd(), file)}: ${words.join(', ')}`] : [];
		});
		expect(offenders).toEqual([]);
	});
});
