import { describe, expect, it } from 'vitest';
import { isoDate, idFrom, kebab, object, optional, text } from './schema.ts';
import { yesNo, numberCell } from './datasets.ts';
import { formatDiagnostics } from './diagnostics.ts';
import type { KindSpec } from './kinds.ts';
import { loadStory as load } from './load.ts';

/**
 * The content layer checks the kinds it is handed and imports none: these tests hand it a kind of their own, a line
 * chart whose configuration is a title, whose data file is data/advance.csv and whose state is a date and a point.
 */
const advance: KindSpec<{ title: string }> = {
	key: 'advance',
	name: 'test chart',
	data: {
		file: 'data/advance.csv',
		columns: () => [
			{ name: 'id', check: kebab },
			{ name: 'date', check: isoDate },
			{ name: 'estimated', check: yesNo },
			{ name: 'label', check: text() },
			{ name: 'place', check: kebab },
			{ name: 'km', check: numberCell() },
			{ name: 'claim', check: kebab }
		]
	},
	config: () => object({ title: text() }),
	state: (_refs, _config, declared) =>
		object({ until: isoDate, focus: optional(idFrom('point', () => declared('id'), 'data/advance.csv')) })
};
const loadStory = (slug: string, files: Record<string, string>) => load(slug, files, [advance]);

const base = 'stories/demo/';
const chapter = `---
title: First
---

::: step one
visual: advance
state: { until: 2016-05-05 }
alt: An empty chart.
notes: Start here.
claims: []
---
Text one.
:::

::: step two
visual: advance
state: { until: 2016-05-17, focus: ev }
alt: One point.
notes: A point.
claims: [c1]
---
Text with a [figure](#claim-c1).
:::
`;

/** A small valid story; `patch` replaces files (undefined deletes one). */
function files(patch: Record<string, string | undefined> = {}): Record<string, string> {
	const all: Record<string, string | undefined> = {
		'story.md': '---\ntitle: Demo\ndek: A demo story.\n---\n',
		'sources.yaml':
			'- id: s1\n  title: T\n  outlet: O\n  date: 2016-05-18\n  estimated: true\n  url: https://example.org/a\n',
		'claims.yaml': '- id: c1\n  value: 140 km\n  claimant: Reuters\n  source: s1\n  hedged: false\n',
		'data/advance.csv':
			'id,date,estimated,label,place,km,claim\nev,2016-05-17,no,Alder Ash,alder-ash,140,c1\n',
		'visuals.yaml': 'advance:\n  title: A chart\n',
		'chapters/01-first.md': chapter,
		...patch
	};
	return Object.fromEntries(
		Object.entries(all)
			.filter((e): e is [string, string] => e[1] !== undefined)
			.map(([k, v]) => [base + k, v])
	);
}

const problems = (patch: Record<string, string | undefined>) =>
	loadStory('demo', files(patch)).diagnostics.map((d) =>
		`${d.file.slice(base.length)}:${d.line}:${d.col} ${d.field ?? ''} ${d.message}${d.hint ? ` (${d.hint})` : ''}`.replace(
			/  +/g,
			' '
		)
	);

describe('loadStory', () => {
	it('builds chapters and steps in document order from a valid story', () => {
		const { story, diagnostics } = loadStory('demo', files());
		expect(diagnostics).toEqual([]);
		expect(story!.chapters.map((c) => [c.id, c.number, c.title])).toEqual([['first', 1, 'First']]);
		expect(story!.chapters[0]!.steps.map((s) => s.id)).toEqual(['one', 'two']);
		expect(story!.chapters[0]!.steps[1]).toMatchObject({
			visual: { key: 'advance', state: { until: '2016-05-17', focus: 'ev' } },
			alt: 'One point.',
			notes: 'A point.',
			claims: ['c1'],
			html: '<p>Text with a <a href="#claim-c1" class="claim-ref" data-claim="c1">figure</a>.</p>'
		});
		expect(story!.visuals.config).toEqual({ advance: { title: 'A chart' } });
		expect(story!.visuals.rows.advance).toEqual([
			{
				id: 'ev',
				date: '2016-05-17',
				estimated: false,
				label: 'Alder Ash',
				place: 'alder-ash',
				km: 140,
				claim: 'c1'
			}
		]);
	});

	it('says, at each step that uses it, that a kind has no configuration', () => {
		expect(problems({ 'visuals.yaml': undefined })).toEqual([
			'chapters/01-first.md:6:9 one.visual the story does not configure the test chart ("advance")',
			'chapters/01-first.md:16:9 two.visual the story does not configure the test chart ("advance")'
		]);
	});

	it('accepts a byte-order mark and CRLF line ends, with the same result', () => {
		const crlf = loadStory(
			'demo',
			files({ 'chapters/01-first.md': '\uFEFF' + chapter.replace(/\n/g, '\r\n') })
		);
		expect(crlf.diagnostics).toEqual([]);
		expect(crlf.story).toEqual(loadStory('demo', files()).story);
	});

	it('reports an unknown key with a did-you-mean at its line and column', () => {
		expect(problems({ 'chapters/01-first.md': chapter.replace('claims: [c1]', 'claim: [c1]') })).toEqual([
			'chapters/01-first.md:20:1 two.claim unknown key "claim" (did you mean "claims"?)'
		]);
	});

	it('reports a duplicate step id, an unknown visual and a dangling claim reference, all at once', () => {
		const broken = chapter
			.replace('step two', 'step one')
			.replace('visual: advance\nstate: { until: 2016-05-05 }', 'visual: advanse\nstate: {}')
			.replace('#claim-c1', '#claim-c2');
		expect(problems({ 'chapters/01-first.md': broken })).toEqual([
			'chapters/01-first.md:6:9 one.visual wrong value (did you mean "advance"?)',
			'chapters/01-first.md:15:10 step id duplicate step id "one" (first used in stories/demo/chapters/01-first.md)'
		]);
		expect(problems({ 'chapters/01-first.md': chapter.replace('#claim-c1', '#claim-c2') })).toEqual([
			'chapters/01-first.md:22:22 two.text link to unknown claim "c2" (did you mean "c1"?)'
		]);
	});

	it('reports a bad date in a state and in a CSV cell at their positions', () => {
		expect(
			problems({ 'chapters/01-first.md': chapter.replace('until: 2016-05-05', 'until: 2016-02-30') })
		).toEqual(['chapters/01-first.md:7:17 one.state.until wrong value']);
		// The broken row is reported once, where it is; the step that focuses it is not blamed for it.
		expect(
			problems({
				'data/advance.csv':
					'id,date,estimated,label,place,km,claim\nev,17 May,no,Alder Ash,alder-ash,140,c1\n'
			})
		).toEqual(['data/advance.csv:2:4 date wrong value']);
	});

	it('reports tab indentation with a hint to use spaces', () => {
		const tabbed = chapter.replace('state: { until: 2016-05-05 }', 'state:\n\tuntil: 2016-05-05');
		expect(problems({ 'chapters/01-first.md': tabbed })[0]).toMatch(
			/^chapters\/01-first\.md:8:1 tab used for indentation \(indent YAML with spaces/
		);
	});

	it('reports an empty file and a missing file instead of skipping them', () => {
		expect(problems({ 'story.md': '' })).toContain('story.md:1:1 the file is empty');
		expect(problems({ 'claims.yaml': undefined })).toContain('claims.yaml:1:1 missing file');
	});

	it('reports text outside a step, which would otherwise never be shown', () => {
		expect(
			problems({
				'chapters/01-first.md': chapter.replace(':::\n\n::: step two', ':::\n\nStray words.\n\n::: step two')
			})
		).toEqual(['chapters/01-first.md:15:1 text outside a step would never be shown']);
	});

	it('formats diagnostics as file:line:col with expected, found and a code frame', () => {
		const loaded = loadStory(
			'demo',
			files({ 'chapters/01-first.md': chapter.replace('until: 2016-05-05', 'until: 2016-02-30') })
		);
		expect(formatDiagnostics(loaded.diagnostics, loaded.texts)).toBe(
			[
				'stories/demo/chapters/01-first.md:7:17 one.state.until: wrong value (expected a date like 2016-05-17, found "2016-02-30")',
				'  5 | ::: step one',
				'  6 | visual: advance',
				'> 7 | state: { until: 2016-02-30 }',
				'                      ^',
				'  8 | alt: An empty chart.',
				'',
				'1 problem in stories/'
			].join('\n')
		);
	});
});
