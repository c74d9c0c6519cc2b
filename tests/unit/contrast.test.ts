/**
 * The palette against WCAG 2.2: text at least 4.5:1 (1.4.3), marks that carry data at least 3:1 against what they are
 * drawn on (1.4.11). The page's colours are read from src/app.css (`:root`) and, for custom properties app.css does not
 * define, from the fallbacks the visuals write (`var(--sea, #dfe9f0)`): that is what a reader sees either way. The
 * actors' colours are each story's (visuals.yaml): the checker holds each to the page and the map's fills
 * (content/actors.ts); here every story's are also held to what its own map draws them over.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GROUNDS } from '../../src/lib/content/actors.ts';
import { contrast, luminance, over, parseHex } from '../../src/lib/content/contrast.ts';
import type { MapConfig } from '../../src/lib/visuals/map/spec.ts';
import type { CountReport } from '../../src/lib/visuals/counts/spec.ts';
import { STORIES } from '../stories.ts';

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

/** `:root` custom properties of the package's base styles (src/lib/styles.css, which src/app.css imports). */
const rootVars = (() => {
	const css = readFileSync('src/lib/styles.css', 'utf8');
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
 * `.country.subject { fill: var(--land-subject, #e4e3df) }` (the story's country). Every map mark is drawn on these.
 */
const MAP_FILLS = { sea: '#dfe9f0', land: '#f3f3f1', 'land-subject': '#e4e3df' } as const;
const grounds = { bg, ...MAP_FILLS };
/** Zones tint the land in their actor's colour: MapMarks.svelte `.zone path { fill-opacity: 0.18 }`, and hatched
 * zones MapDiagram.svelte `.hatch rect { fill-opacity: 0.14 }` under stripes of the colour itself. */
const ZONE_TINT = { tinted: 0.18, hatched: 0.14 } as const;

type Colour = Parameters<typeof contrast>[0];
/** The pairs whose contrast is below `min` (compared unrounded), each with its ratio to two decimals. */
const below = (min: number, pairs: { pair: string; a: Colour; b: Colour }[]) =>
	pairs
		.map(({ pair, a, b }) => ({ pair, ratio: contrast(a, b) }))
		.filter((r) => r.ratio < min)
		.map((r) => ({ pair: r.pair, ratio: Math.round(r.ratio * 100) / 100 }));

describe('the palette', () => {
	it('finds every colour it checks, in app.css or as a single fallback in the visuals', () => {
		for (const name of ['bg', 'ink', 'ink-soft', 'focus', 'water-ink'])
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

	it('lists the map fills BasemapLayer.svelte draws, which the checker holds actors to', () => {
		const source = readFileSync('src/lib/visuals/map/BasemapLayer.svelte', 'utf8');
		for (const [name, hex] of Object.entries(MAP_FILLS)) {
			expect(source).toContain(`var(--${name}, ${hex})`);
			expect(rootVars.has(name), `app.css now defines --${name}: update MAP_FILLS`).toBe(false);
		}
		expect(Object.values(GROUNDS.marks.on).sort()).toEqual(Object.values(MAP_FILLS).sort());
		expect(Object.values(GROUNDS.text.on)).toEqual([bg]);
	});

	it('sets text at 4.5:1 or more: --ink and --ink-soft on the page and on every map fill', () => {
		const pairs = ['ink', 'ink-soft'].flatMap((t) =>
			Object.entries(grounds).map(([g, hex]) => ({ pair: `--${t} on ${g}`, a: colour(t), b: hex }))
		);
		expect(below(4.5, pairs)).toEqual([]);
	});

	it('sets the focus colour at 4.5:1 on the page, and water names on the sea', () => {
		const pairs = [
			{ pair: '--focus on bg', a: colour('focus'), b: bg },
			{ pair: '--water-ink on sea', a: colour('water-ink'), b: MAP_FILLS.sea }
		];
		expect(below(4.5, pairs)).toEqual([]);
	});

	it('draws the focus ring and ink marks at 3:1 or more against the page and every map fill', () => {
		const pairs = ['focus', 'ink'].flatMap((m) =>
			Object.entries(grounds).map(([g, hex]) => ({ pair: `--${m} on ${g}`, a: colour(m), b: hex }))
		);
		expect(below(3, pairs)).toEqual([]);
	});
});

describe.each(STORIES)("the actors' colours of $slug", (story) => {
	const actors = story.visuals.actors;
	const map = story.visuals.config.map as MapConfig | undefined;

	it('set labels at 4.5:1 on the page and draw marks at 3:1 on every map fill', () => {
		const text = actors.map((a) => ({ pair: `${a.id} on bg`, a: a.colour, b: bg }));
		const marks = actors.flatMap((a) =>
			Object.entries(MAP_FILLS).map(([g, hex]) => ({ pair: `${a.id} on ${g}`, a: a.colour, b: hex }))
		);
		expect([...below(4.5, text), ...below(3, marks)]).toEqual([]);
	});

	it("keep 3:1 for every mark drawn over the map's tinted zones", () => {
		const zones = (map?.layers ?? []).flatMap((l) =>
			l.marks.flatMap((m) => {
				if (m.kind !== 'zone') return [];
				const colourOf = actors.find((a) => a.id === m.actor)!.colour;
				const fill = (m as { fill?: 'tinted' | 'hatched' }).fill ?? 'tinted';
				return [
					{ zone: `${l.id}/${m.id}`, under: over(colourOf, ZONE_TINT[fill], MAP_FILLS['land-subject']) }
				];
			})
		);
		const onTop = [...actors.map((a) => ({ id: a.id, c: a.colour })), { id: 'focus', c: colour('focus') }];
		const pairs = onTop.flatMap(({ id, c }) =>
			zones.map(({ zone, under }) => ({ pair: `${id} on ${zone}`, a: c, b: under }))
		);
		expect(below(3, pairs)).toEqual([]);
	});

	it('give the sides of every counts group distinct colours (a group tells its sides apart by colour and name)', () => {
		const rows = (story.visuals.rows.counts ?? []) as CountReport[];
		const groups = new Map<string, Set<string>>();
		for (const r of rows) groups.set(r.group, (groups.get(r.group) ?? new Set()).add(r.side));
		const clashes = [...groups].flatMap(([group, sides]) => {
			const colours = [...sides].map((id) => actors.find((a) => a.id === id)!.colour);
			return new Set(colours).size === colours.length ? [] : [`${group}: ${[...sides].join(', ')}`];
		});
		expect(clashes).toEqual([]);
	});
});
