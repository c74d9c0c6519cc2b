/**
 * Random valid stories (any number of sides, kinds of their own, groups, claims and counts) at random sizes: the
 * chart lays them out without throwing, every report gets exactly one bar, and every mark stays inside the frame.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../content/schema.ts';
import type { Actor, Claim } from '../../content/types.ts';
import { countsTable, describeCounts } from './count-text.ts';
import type { CountsInput } from './count-groups.ts';
import { TEXT_METRICS } from './counts.ts';
import { countsFigure } from './figure.ts';
import { countsSpec, type CountReport, type CountsState } from './spec.ts';

/** The layout's own text estimates and margins (counts.ts). */
const { CHAR, HEADING_CHAR, INSET, PAD, GAP, MIN_SPAN } = TEXT_METRICS;
/** Coordinates are rounded to 2 decimals. */
const EPS = 0.011;

const id = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,4})?$/);
const word = fc.stringMatching(/^[A-Za-z][a-z]{0,11}$/);
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const colour = fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`);

const actor: fc.Arbitrary<Actor> = fc.record({ id, name: words(4), short: words(2), tiny: word, colour });

const story = fc
	.record({
		actors: fc.uniqueArray(actor, { minLength: 1, maxLength: 6, selector: (a) => a.id }),
		yaml: fc.record({
			title: words(6),
			noun: fc.option(words(2), { nil: undefined }),
			kinds: fc.uniqueArray(fc.record({ id, word: words(2) }), { maxLength: 3, selector: (k) => k.id }),
			groups: fc.uniqueArray(fc.record({ id, title: words(6) }), {
				minLength: 1,
				maxLength: 5,
				selector: (g) => g.id
			})
		}),
		claims: fc.uniqueArray(
			fc.record({
				id,
				claimant: fc.oneof(
					words(4),
					fc.tuple(words(2), words(3)).map(([a, b]) => `${a}, via ${b}`)
				),
				value: fc.oneof(
					fc.constant(''),
					words(3),
					fc.nat(5000).map((n) => `about ${n} killed`)
				),
				hedged: fc.boolean()
			}),
			{ minLength: 1, maxLength: 6, selector: (c) => c.id }
		),
		rows: fc.array(
			fc.record({
				side: fc.nat(),
				kind: fc.nat(),
				group: fc.nat(),
				claim: fc.nat(),
				count: fc.oneof(
					fc.nat(50),
					fc.nat(5000),
					fc.nat(1_000_000),
					fc.nat(2000).map((n) => n / 10)
				),
				// An upper end below the count is bad data the chart must survive (it draws no range).
				extra: fc.option(fc.integer({ min: -100, max: 100_000 }), { nil: undefined })
			}),
			{ maxLength: 24 }
		)
	})
	.map(({ actors, yaml, claims, rows }) => {
		const issues: Issue[] = [];
		const refs = {
			places: [],
			placeIds: [],
			actors: actors.map((a) => a.id),
			claims: claims.map((c) => c.id)
		};
		const config = countsSpec.config(refs)(yaml, ['counts'], issues);
		if (!config) throw new Error(`a valid configuration was refused: ${JSON.stringify(issues)}`);
		const kinds = Object.keys(config.kinds);
		const pick = <T>(xs: readonly T[], n: number) => xs[n % xs.length]!;
		const reports: CountReport[] = rows.map((r, i) => ({
			id: `row-${i}`,
			group: pick(config.groups, r.group).id,
			side: pick(actors, r.side).id,
			kind: pick(kinds, r.kind),
			count: r.count,
			...(r.extra === undefined ? {} : { high: Math.max(0, r.count + r.extra) }),
			claim: pick(claims, r.claim).id
		}));
		const fullClaims: Claim[] = claims.map((c) => ({ ...c, source: 's' }));
		return { config, rows: reports, actors, claims: fullClaims, lang: 'en' } satisfies CountsInput;
	});

const arbitrary = story.chain((input) =>
	fc.record({
		input: fc.constant(input),
		state: fc.record({
			groups: fc.shuffledSubarray(input.config.groups.map((g) => g.id)),
			focus: fc.option(fc.constantFrom(...input.claims.map((c) => c.id), 'not-a-claim'), { nil: undefined })
		}) as fc.Arbitrary<CountsState>,
		size: fc.record({
			width: fc.integer({ min: 280, max: 1400 }),
			height: fc.integer({ min: 150, max: 1000 })
		})
	})
);

describe('countsFigure on random stories', () => {
	it('lays out the same way twice, with one bar per report shown, sides in the story’s order', () => {
		fc.assert(
			fc.property(arbitrary, ({ input, state, size }) => {
				const figure = countsFigure(input, state, size);
				expect(countsFigure(input, state, size)).toEqual(figure);
				const bars = figure.chart.blocks.flatMap((b) => b.rows.flatMap((r) => r.bars));
				const shown = input.rows.filter((r) => state.groups.includes(r.group));
				expect(bars.map((b) => b.id).sort()).toEqual(shown.map((r) => r.id).sort());
				const order = input.actors.map((a) => a.id);
				for (const row of figure.chart.blocks.flatMap((b) => b.rows)) {
					const ranks = row.bars.map((b) => order.indexOf(b.side));
					expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
				}
				expect(figure.chart.sides.map((s) => s.id)).toEqual(
					order.filter((a) => shown.some((r) => r.side === a))
				);
			})
		);
	});

	it('keeps every mark inside the frame, and every label when the labels can fit', () => {
		fc.assert(
			fc.property(arbitrary, ({ input, state, size }) => {
				const { chart, top, used, items } = countsFigure(input, state, size);
				const right = size.width - PAD;
				expect(used).toBeGreaterThanOrEqual(Math.max(size.height, top + chart.height) - EPS);
				const inside = (y: number) => {
					expect(y).toBeGreaterThanOrEqual(0);
					expect(y).toBeLessThanOrEqual(chart.height + EPS);
				};
				if (chart.note) inside(chart.note.y);
				for (const block of chart.blocks) {
					for (const line of block.heading) {
						inside(line.y);
						expect(line.text.length * HEADING_CHAR).toBeLessThanOrEqual(size.width);
					}
					const labels = block.rows.flatMap((r) => r.bars.map((b) => b.label.text));
					const canFit = labels.every((l) => l.length * CHAR <= right - INSET - GAP - MIN_SPAN);
					for (const row of block.rows) {
						for (const line of row.lines) {
							inside(line.y);
							expect(row.x + line.text.length * CHAR).toBeLessThanOrEqual(right + EPS);
						}
						for (const bar of row.bars) {
							expect(bar.x).toBe(INSET);
							expect(bar.width).toBeGreaterThanOrEqual(0);
							const end = bar.range ? bar.range.x + bar.range.width : bar.x + bar.width;
							expect(end).toBeLessThanOrEqual(right + EPS);
							inside(bar.y);
							inside(bar.y + bar.height);
							if (canFit) expect(bar.label.x + bar.label.text.length * CHAR).toBeLessThanOrEqual(right + EPS);
						}
					}
				}
				expect(items.slice(0, chart.sides.length).map((i) => i.color)).toEqual(
					chart.sides.map((s) => s.colour)
				);
			})
		);
	});

	it('describes and tabulates any state, one table row per bar', () => {
		fc.assert(
			fc.property(arbitrary, ({ input, state, size }) => {
				const text = describeCounts(input, state);
				expect(text.title.startsWith(input.config.title)).toBe(true);
				expect(text.description.length).toBeGreaterThan(0);
				const bars = countsFigure(input, state, size).chart.blocks.flatMap((b) =>
					b.rows.flatMap((r) => r.bars)
				);
				expect(countsTable(input, state).rows).toHaveLength(bars.length);
			})
		);
	});
});
