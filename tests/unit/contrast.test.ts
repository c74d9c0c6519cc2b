/**
 * The palette against WCAG 2.2: text at least 4.5:1 (1.4.3), marks that carry data at least 3:1 against what they are
 * drawn on (1.4.11). Colours are read from src/app.css (`:root`) and, for custom properties app.css does not define,
 * from the fallbacks the visuals write (`var(--pfg, #2e6b30)`): that is what a reader sees either way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast, luminance, over, parseHex } from '../../src/lib/visuals/shared/contrast.ts';

describe('contrast', () => {
	it('gives 21 for black on white and 1 for a colour on itself, whichever comes first', () => {
		expect(contrast('#000', '#fff')).toBe(21);
		expect(contrast('#fff', '#000')).toBe(21);
		expect(contrast('#0b5394', '#0b5394')).toBe(1);
	});

	it('matches the known grey thresholds: #777 just fails 4.5:1, #767676 just passes, #595959 is 7:1', () => {
		expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(contrast('#777', '#fff')).toBeLessThan(4.5);
		expect(contrast('#767676', '#fff')).toBeCloseTo(4.54, 2);
		expect(contrast('#595959', '#fff')).toBeCloseTo(7.0, 2);
	});

	it('computes relative luminance with the sRGB linearisation', () => {
		expect(luminance('#000')).toBe(0);
		expect(luminance('#fff')).toBe(1);
		expect(luminance('#ff0000')).toBeCloseTo(0.2126, 10);
		expect(luminance('#808080')).toBeCloseTo(0.2158605, 6);
	});

	it('parses #rgb and #rrggbb in any case, and refuses anything else', () => {
		expect(parseHex('#AbC')).toEqual({ r: 0xaa, g: 0xbb, b: 0xcc });
		expect(parseHex('#0b5394')).toEqual({ r: 11, g: 83, b: 148 });
		expect(() => parseHex('rgb(0, 0, 0)')).toThrow('not a #rgb or #rrggbb colour');
		expect(() => parseHex('#12345')).toThrow();
	});

	it('composites a colour with opacity over an opaque one', () => {
		expect(over('#000', 0.5, '#fff')).toEqual({ r: 127.5, g: 127.5, b: 127.5 });
		expect(over('#0b5394', 1, '#fff')).toEqual(parseHex('#0b5394'));
		expect(over('#0b5394', 0, '#e4e3df')).toEqual(parseHex('#e4e3df'));
	});
});

// ---------------------------------------------------------------------------------------------------------------
// The palette as the site draws it.

/** `:root` custom properties of src/app.css. */
const rootVars = (() => {
	const css = readFileSync('src/app.css', 'utf8');
	const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
	return new Map([...root.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, k, v]) => [k!, v!.trim()]));
})();

/** The visuals' components: path → source. */
const components = (() => {
	const found = new Map<string, string>();
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (path.endsWith('.svelte')) found.set(path, readFileSync(path, 'utf8'));
		}
	};
	walk('src/lib/visuals');
	return found;
})();

/** Every `var(--name, #hex)` fallback written in the visuals' components: name → hex → the files writing it. */
const fallbacks = new Map<string, Map<string, Set<string>>>();
/** Custom properties whose fallback is another one, `var(--us, var(--foreign, …))`: name → the other name. */
const aliases = new Map<string, string>();
for (const [path, source] of components) {
	for (const [, name, hex] of source.matchAll(/var\(--([\w-]+),\s*(#[0-9a-fA-F]{3,6})\)/g)) {
		const byHex = fallbacks.get(name!) ?? new Map<string, Set<string>>();
		fallbacks.set(name!, byHex.set(hex!, (byHex.get(hex!) ?? new Set()).add(path)));
	}
	for (const [, name, other] of source.matchAll(/var\(--([\w-]+),\s*var\(--([\w-]+)/g))
		aliases.set(name!, other!);
}

/** What `var(--name)` paints: app.css's value, else the visuals' fallback (following `var(--a, var(--b, …))`). */
function colour(name: string): string {
	const defined = rootVars.get(name);
	if (defined) return defined;
	const written = [...(fallbacks.get(name)?.keys() ?? [])];
	if (written.length === 0 && aliases.has(name)) return colour(aliases.get(name)!);
	if (written.length !== 1)
		throw new Error(`--${name}: not in app.css, and the visuals give ${written.length} fallbacks`);
	return written[0]!;
}

const bg = colour('bg');
/**
 * The map's fills, from src/lib/visuals/map/BasemapLayer.svelte (app.css defines none of them):
 * `.sea { fill: var(--sea, #dfe9f0) }`, `.country { fill: var(--land, #f3f3f1) }` (the neighbours) and
 * `.country.subject { fill: var(--land-subject, #e4e3df) }` (Libya). The campaign diagram draws every mark on these.
 */
const MAP_FILLS = { sea: '#dfe9f0', land: '#f3f3f1', 'land-subject': '#e4e3df' } as const;
const grounds = { bg, ...MAP_FILLS };
/**
 * Series drawn on the map and in the charts (--pfg, --foreign only through the visuals' fallbacks so far), and --us
 * where the campaign draws it (`var(--us, var(--foreign, …))`: in --foreign unless app.css sets it).
 */
const SERIES = [
	'gna',
	'is',
	'lna',
	'pfg',
	'foreign',
	...(aliases.has('us') || rootVars.has('us') ? ['us'] : [])
];
/** Every colour a mark carrying data is drawn in (--civilian appears only in the casualty chart, on --bg). */
const MARKS = [...SERIES, 'focus', 'ink'];

type Colour = Parameters<typeof contrast>[0];
/** The pairs whose contrast is below `min` (compared unrounded), each with its ratio to two decimals. */
const below = (min: number, pairs: { pair: string; a: Colour; b: Colour }[]) =>
	pairs
		.map(({ pair, a, b }) => ({ pair, ratio: contrast(a, b) }))
		.filter((r) => r.ratio < min)
		.map((r) => ({ pair: r.pair, ratio: Math.round(r.ratio * 100) / 100 }));

describe('the palette', () => {
	it('finds every colour it checks, in app.css or as a single fallback in the visuals', () => {
		for (const name of ['bg', 'ink', 'ink-soft', 'focus', ...SERIES, 'civilian', 'water-ink'])
			expect(colour(name), `--${name}`).toMatch(/^#[0-9a-f]{3,6}$/i);
	});

	it('writes the same fallback everywhere, equal to app.css where app.css defines the colour', () => {
		// The fallbacks are what the package draws on a page without app.css (an embed): they must not drift.
		const same = (a: string, b: string) => JSON.stringify(parseHex(a)) === JSON.stringify(parseHex(b));
		const drift = [...fallbacks].flatMap(([name, byHex]) => {
			const want = rootVars.get(name) ?? [...byHex.keys()][0]!;
			return [...byHex]
				.filter(([hex]) => !same(hex, want))
				.map(([hex, files]) => `--${name}: ${hex} in ${[...files].join(', ')}, expected ${want}`);
		});
		expect(drift).toEqual([]);
	});

	it('lists the map fills BasemapLayer.svelte draws', () => {
		const source = readFileSync('src/lib/visuals/map/BasemapLayer.svelte', 'utf8');
		for (const [name, hex] of Object.entries(MAP_FILLS)) {
			expect(source).toContain(`var(--${name}, ${hex})`);
			expect(rootVars.has(name), `app.css now defines --${name}: update MAP_FILLS`).toBe(false);
		}
	});

	it('sets text at 4.5:1 or more: --ink and --ink-soft on the page and on every map fill', () => {
		const pairs = ['ink', 'ink-soft'].flatMap((t) =>
			Object.entries(grounds).map(([g, hex]) => ({ pair: `--${t} on ${g}`, a: colour(t), b: hex }))
		);
		expect(below(4.5, pairs)).toEqual([]);
	});

	it('sets labels drawn in series colours at 4.5:1 on the --bg halo they carry, and water names on the sea', () => {
		// CampaignLabels.svelte: `.label.gna { fill: var(--gna) }` … with `stroke: var(--bg)` painted first;
		// CasualtyRow.svelte: the focused claimant in --focus on --bg; `.label.water` is haloed with --sea.
		const pairs = [...SERIES, 'focus'].map((s) => ({ pair: `--${s} on bg`, a: colour(s), b: bg }));
		pairs.push({ pair: '--water-ink on sea', a: colour('water-ink'), b: MAP_FILLS.sea });
		expect(below(4.5, pairs)).toEqual([]);
	});

	it('draws marks at 3:1 or more against the page and every map fill', () => {
		const pairs = MARKS.flatMap((m) =>
			Object.entries(grounds).map(([g, hex]) => ({ pair: `--${m} on ${g}`, a: colour(m), b: hex }))
		);
		pairs.push({ pair: '--civilian on bg', a: colour('civilian'), b: bg });
		expect(below(3, pairs)).toEqual([]);
	});

	it('keeps 3:1 for marks drawn over the tinted zones (the IS hatch ground, the PFG zone) on Libya', () => {
		// The campaign's zones (campaign/layers.ts: kind 'zone') are the IS-held coast and the PFG's oil ports. The IS
		// zone is hatched: CampaignDiagram.svelte `.hatch rect { fill-opacity: 0.14 }` in --is, under stripes of --is
		// at 0.7 (the series itself, so not a ground); the PFG zone is CampaignMarks.svelte `.zone path
		// { fill-opacity: 0.18 }` in --pfg. Arrows, places and the focus ring (Sirte, Ras Lanuf) sit on them.
		const subject = MAP_FILLS['land-subject'];
		const tints = {
			'the IS hatch ground': over(colour('is'), 0.14, subject),
			'the PFG zone': over(colour('pfg'), 0.18, subject)
		};
		const pairs = MARKS.flatMap((m) =>
			Object.entries(tints).map(([t, under]) => ({ pair: `--${m} on ${t}`, a: colour(m), b: under }))
		);
		expect(below(3, pairs)).toEqual([]);
	});

	it('keeps 3:1 for dimmed casualty bars (opacity 0.7 on --bg, CasualtyRow.svelte)', () => {
		const pairs = ['gna', 'is', 'civilian'].map((s) => ({
			pair: `--${s} at 0.7 on bg`,
			a: over(colour(s), 0.7, bg),
			b: bg
		}));
		expect(below(3, pairs)).toEqual([]);
	});

	/*
	 * Neighbouring series. WCAG sets no ratio between two marks, and these colours are close in luminance
	 * (gna–is 1.04, gna–lna 1.26, is–lna 1.21, lna–pfg 1.03 at the time of writing): each is told from the page by
	 * its own 3:1 (above), and from its neighbours by hue and by shape or dash, never by colour alone —
	 *   gna: solid arrows (map), solid bars and line (charts);  is: a hatched zone (map), bars (casualty chart, with
	 *   the side named in every value label);  lna: arrows dashed when announced, a star for the Zilla clash, a ring
	 *   of arrowheads for the Derna siege;  pfg: a plain tinted zone (vs the hatched IS zone);  foreign: hollow
	 *   dashed presence marks and thinner arrows. Every map mark is also named by a label in its colour, and the
	 *   legend repeats shape and dash (layers.ts gives each mark's kind and dash).
	 * So the test asks only that neighbours are distinct colours; the ratios are reported, not bounded.
	 */
	it('gives neighbouring series distinct colours', () => {
		const pairs = [
			['gna', 'is'],
			['gna', 'lna'],
			['is', 'lna'],
			['lna', 'pfg'],
			['gna', 'civilian'],
			['is', 'civilian']
		] as const;
		for (const [a, b] of pairs) expect(contrast(colour(a), colour(b)), `--${a} vs --${b}`).toBeGreaterThan(1);
		for (const [a, b] of pairs)
			expect(parseHex(colour(a)), `--${a} vs --${b}`).not.toEqual(parseHex(colour(b)));
	});
});
