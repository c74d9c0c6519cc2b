/**
 * Random valid charts (any axis from an hour to centuries, with or without a break, dates with or without times, any
 * unit, target and maximum, any points) at random sizes: the chart lays them out without throwing, every mark stays
 * inside the frame, and its words and table come out for every state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../content/schema.ts';
import type { Rect } from '../shared/labels.ts';
import { DAY, instant } from './dates.ts';
import { actors, claims } from './fixture.ts';
import { layoutProgress } from './progress.ts';
import { progressSpec, type ProgressConfig, type ProgressPoint, type ProgressState } from './spec.ts';
import { describeProgress, progressTable } from './text.ts';

/** The layout's estimate of a character of axis text, as a share of the font size (progress.ts). */
const AXIS_CHAR = 0.55;
/** Coordinates are rounded to 2 decimals. */
const EPS = 0.011;

const MINUTE = 60_000;
const two = (n: number) => String(n).padStart(2, '0');
/** An instant as the story writes it: a date alone at midnight, else a date and a time. */
const written = (t: number) => {
	const d = new Date(t);
	const date = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
	return t % DAY === 0 ? date : `${date} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
};

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,9}$/);
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));

/** Instants of an axis: whole days, or minutes, from 1800 to 2200. */
const start = Date.UTC(1800, 0, 1);
const instantIn = (days: boolean) =>
	days
		? fc.integer({ min: 0, max: 146_000 }).map((n) => start + n * DAY)
		: fc.integer({ min: 0, max: 146_000 * 1440 }).map((n) => start + n * MINUTE);

/** A span: from an hour to three centuries, in minutes or days. */
const span = (days: boolean) =>
	days
		? fc.integer({ min: 1, max: 110_000 }).map((n) => n * DAY)
		: fc.integer({ min: 60, max: 500_000 }).map((n) => n * MINUTE);

const chart = fc
	.boolean()
	.chain((days) =>
		fc.record({
			from: instantIn(days),
			length: span(days),
			gap: fc.option(
				fc.tuple(
					fc.double({ min: 0.05, max: 0.9, noNaN: true }),
					fc.double({ min: 0.02, max: 0.9, noNaN: true })
				),
				{
					nil: undefined
				}
			),
			days: fc.constant(days)
		})
	)
	.chain(({ from, length, gap, days }) => {
		const to = from + length;
		const snap = (t: number) => (days ? Math.round(t / DAY) * DAY : Math.round(t / MINUTE) * MINUTE);
		let axisBreak: [number, number] | undefined;
		if (gap) {
			const a = snap(from + length * gap[0]);
			const b = snap(a + (to - a) * gap[1]);
			if (from < a && a < b && b < to) axisBreak = [a, b];
		}
		const max = fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined });
		return fc.record({
			config: fc.record({
				title: words(6),
				actor: fc.constantFrom('crew', 'storm'),
				measure: words(4),
				unit: fc.stringMatching(/^[a-z%]{1,4}$/),
				target: words(2),
				max
			}),
			axis: fc.constant({
				from: written(from),
				to: written(to),
				...(axisBreak ? { break: axisBreak.map(written) } : {})
			}),
			times: fc.array(fc.integer({ min: from, max: to }).map(snap), { maxLength: 14 }),
			until: fc.integer({ min: from, max: to }).map(snap),
			shares: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 14, maxLength: 14 }),
			labels: fc.array(words(3), { minLength: 14, maxLength: 14 }),
			estimated: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
			focus: fc.option(fc.nat(13), { nil: undefined }),
			size: fc.record({
				width: fc.integer({ min: 280, max: 1200 }),
				height: fc.integer({ min: 220, max: 800 })
			})
		});
	});

type Chart = typeof chart extends fc.Arbitrary<infer T> ? T : never;

/** The generated chart, checked by the kind's own spec as the content layer would: it must be valid. */
function build(c: Chart) {
	const issues: Issue[] = [];
	const config = progressSpec.config({ places: [], placeIds: [], actors: ['crew', 'storm'], claims: [] })(
		{ ...c.config, axis: c.axis },
		['progress'],
		issues
	) as ProgressConfig;
	expect(issues).toEqual([]);
	const top = c.config.max ?? 5000;
	const rows: ProgressPoint[] = c.times.map((t, i) => ({
		id: `p${i}`,
		date: written(t),
		estimated: c.estimated[i]!,
		label: c.labels[i]!,
		value: Math.round(c.shares[i]! * top * 10) / 10,
		claim: `c${(i % 3) + 1}`
	}));
	const columns = progressSpec.data!.columns({ places: [], placeIds: [], actors: [], claims: [] }, config);
	for (const row of rows)
		for (const column of columns) {
			const value = (row as unknown as Record<string, unknown>)[column.name];
			column.check(
				column.name === 'estimated' ? (value ? 'yes' : 'no') : String(value ?? ''),
				[column.name],
				issues
			);
		}
	expect(issues).toEqual([]);
	const focus = c.focus !== undefined && c.focus < rows.length ? rows[c.focus]!.id : undefined;
	const state: ProgressState = { until: written(c.until), ...(focus ? { focus } : {}) };
	return { input: { config, rows, actors, claims, lang: 'en' }, state };
}

const inside = (r: Rect, width: number, height: number) =>
	r.x >= -EPS && r.y >= -EPS && r.x + r.width <= width + EPS && r.y + r.height <= height + EPS;

describe('layoutProgress on random charts', () => {
	it('lays out every valid chart with every mark inside the frame', () => {
		fc.assert(
			fc.property(chart, (c) => {
				const { input, state } = build(c);
				const { width, height } = c.size;
				const layout = layoutProgress(input, state, c.size);
				const { margin, fontSize } = layout;
				const [left, right, top, bottom] = [
					margin.left,
					width - margin.right,
					margin.top,
					height - margin.bottom
				];
				const char = fontSize * AXIS_CHAR;
				for (const p of layout.points) {
					expect(p.x).toBeGreaterThanOrEqual(left - EPS);
					expect(p.x).toBeLessThanOrEqual(right + EPS);
					expect(p.y).toBeGreaterThanOrEqual(top - EPS);
					expect(p.y).toBeLessThanOrEqual(bottom + EPS);
				}
				for (const [, x, y] of layout.path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
					expect(Number(x)).toBeGreaterThanOrEqual(left - EPS);
					expect(Number(x)).toBeLessThanOrEqual(right + EPS);
					expect(Number(y)).toBeGreaterThanOrEqual(top - EPS);
					expect(Number(y)).toBeLessThanOrEqual(bottom + EPS);
				}
				expect(layout.untilX).toBeGreaterThanOrEqual(left - EPS);
				expect(layout.untilX).toBeLessThanOrEqual(right + EPS);
				for (const t of layout.xTicks) {
					const w = t.label.length * char;
					expect(inside({ x: t.x - w / 2, y: bottom + 10, width: w, height: fontSize }, width, height)).toBe(
						true
					);
				}
				for (const t of layout.yTicks) {
					const w = t.label.length * char;
					expect(
						inside({ x: left - 6 - w, y: t.y - fontSize / 2, width: w, height: fontSize }, width, height)
					).toBe(true);
				}
				for (const l of layout.labels) expect([l.id, inside(l.box, width, height)]).toEqual([l.id, true]);
				expect(inside(layout.legend.box, width, height)).toBe(true);
				expect(layout.spans.every((s) => s.x1 >= left - EPS && s.x2 <= right + EPS && s.x1 < s.x2)).toBe(
					true
				);
				// The focused point and the latest always show their labels.
				for (const id of [state.focus, layout.points.at(-1)?.id])
					if (id && layout.points.some((p) => p.id === id))
						expect(layout.labels.some((l) => l.id === id)).toBe(true);
			}),
			{ seed: 20220501, numRuns: 400 }
		);
	});

	it('describes and tabulates every state, counting the points it draws', () => {
		fc.assert(
			fc.property(chart, (c) => {
				const { input, state } = build(c);
				const shown = layoutProgress(input, state, c.size).points.length;
				const text = describeProgress(input, state);
				expect(text.startsWith(shown ? `${shown} position` : 'No position shown yet')).toBe(true);
				expect(progressTable(input, state).rows.length).toBe(shown);
				// Past the break, a description of points says the axis breaks.
				if (shown && input.config.axis.break && instant(state.until) > instant(input.config.axis.break[0]))
					expect(text).toContain('The time axis breaks between');
			}),
			{ seed: 20301217, numRuns: 200 }
		);
	});
});
