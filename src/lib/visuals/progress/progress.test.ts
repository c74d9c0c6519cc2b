import { describe, expect, it } from 'vitest';
import type { AdvanceEvent, Claim } from '../../content/types.ts';
import { loadStory } from '../../content/load.ts';
import { readStoryFiles } from '../../../site/read-stories.ts';
import { overlaps, type Rect } from '../shared/labels.ts';
import { layoutAdvance, type AdvanceLayout, type AdvanceState } from './advance.ts';

const events: AdvanceEvent[] = [
	{ id: 'a', date: '2016-05-05', estimated: false, label: 'Saddada', place: 's', km: 200, claim: 'c1' },
	{ id: 'b', date: '2016-05-17', estimated: true, label: 'Abu Grain', place: 'ag', km: 100, claim: 'c2' },
	{ id: 'c', date: '2016-05-25', estimated: false, label: 'Al-Baghla', place: 'b', km: 50, claim: 'c3' },
	{ id: 'd', date: '2016-12-05', estimated: true, label: 'Sirte', place: 'b', km: 0, claim: 'c1' },
	{ id: 'e', date: '2016-12-17', estimated: false, label: 'Declared', place: 'b', km: 0, claim: 'c1' }
];
const claims: Claim[] = [
	{ id: 'c1', value: '200 km', claimant: 'x', source: 's', hedged: false },
	{ id: 'c2', value: '100 km', claimant: 'x', source: 's', hedged: false },
	{ id: 'c3', value: '50 km', claimant: 'x', source: 's', hedged: true }
];
// 13 px text; the legend has one row, ending at 26.8, and the plot starts 31.2 below it, at 58. The time axis
// runs from 54 to 584: 1 May–15 June to 472.6, a break to 488.6, then December.
const size = { width: 600, height: 400 };

describe('layoutAdvance', () => {
	it('reveals only the events up to the state’s date', () => {
		expect(layoutAdvance(events, claims, { until: '2016-05-04' }, size).points).toEqual([]);
		expect(layoutAdvance(events, claims, { until: '2016-05-17' }, size).points.map((p) => p.id)).toEqual([
			'a',
			'b'
		]);
	});

	it('puts Sirte (0 km) at the top and 200 km at the bottom of the plot, below the legend', () => {
		const chart = layoutAdvance(events, claims, { until: '2016-06-01' }, size);
		expect(chart.legend.box).toEqual({ x: 1, y: 6, width: 311.1, height: 20.8 });
		expect(chart.yTicks[0]).toEqual({ y: 58, label: 'Sirte' });
		expect(chart.points.map((p) => p.y)).toEqual([364, 211, 134.5]);
	});

	it('places May and June dates left of the break, and December’s after it', () => {
		const chart = layoutAdvance(events, claims, { until: '2016-12-31' }, size);
		expect(chart.gap).toEqual({ x1: 472.6, x2: 488.6 });
		expect(chart.points.map((p) => [p.id, p.x])).toEqual([
			['a', 91.21],
			['b', 202.84],
			['c', 277.25],
			['d', 501.32],
			['e', 539.48]
		]);
		expect(chart.breakMarks).toBe('M469.6,370L475.6,358M485.6,370L491.6,358');
	});

	it('marks estimated dates, hedged claims and the focused event, drawn bigger', () => {
		const points = layoutAdvance(events, claims, { until: '2016-06-01', focus: 'b' }, size).points;
		expect(points.map((p) => [p.id, p.estimated, p.hedged, p.focused, p.r])).toEqual([
			['a', false, false, false, 5],
			['b', true, false, true, 7],
			['c', false, true, false, 5]
		]);
	});

	it('draws the front as steps that hold until the next event and run on to the state’s date', () => {
		expect(layoutAdvance(events, claims, { until: '2016-05-17' }, size).path).toBe(
			'M91.21,364L202.84,364L202.84,211'
		);
		expect(layoutAdvance(events, claims, { until: '2016-05-20' }, size).path).toBe(
			'M91.21,364L202.84,364L202.84,211L230.74,211'
		);
	});

	it('runs the line into the break, and across it to December', () => {
		const august = layoutAdvance(events, claims, { until: '2016-08-01' }, size);
		expect(august.untilX).toBe(477.05);
		expect(august.path.endsWith('L277.25,134.5L477.05,134.5')).toBe(true);
		expect(layoutAdvance(events, claims, { until: '2016-12-17' }, size).path).toBe(
			'M91.21,364L202.84,364L202.84,211L277.25,211L277.25,134.5L501.32,134.5L501.32,58L539.48,58'
		);
	});

	it('labels every revealed point with its event and date, the focused and latest ones with the km', () => {
		const chart = layoutAdvance(events, claims, { until: '2016-05-25', focus: 'b' }, size);
		// Abu Grain (focused, r 7) is blocked right by the line and left by the chart's edge: below right.
		// Al-Baghla (latest) fits on its right. Saddada sits on the line, beside a jump: above its point.
		expect(chart.labels.map((l) => [l.id, l.text, l.x, l.y, l.anchor])).toEqual([
			['a', 'Saddada · 5 May', 91.21, 347.3, 'middle'],
			['b', 'Abu Grain · about 17 May · 100 km', 210.55, 226.51, 'start'],
			['c', 'Al-Baghla · 25 May · 50 km', 286.15, 134.5, 'start']
		]);
	});

	it('labels the December events once revealed, keeping the latest’s label inside the chart', () => {
		const chart = layoutAdvance(events, claims, { until: '2016-12-17' }, size);
		expect(chart.labels.slice(-2).map((l) => [l.id, l.text, l.x, l.y, l.anchor])).toEqual([
			['d', 'Sirte · about 5 Dec', 495.03, 72.09, 'end'],
			['e', 'Declared · 17 Dec · 0 km', 539.48, 33.5, 'middle']
		]);
		// The latest has no room beside its point (the line, the other point): two lines above it.
		expect(chart.labels.at(-1)!.lines).toEqual([
			{ text: 'Declared', y: 25.7 },
			{ text: '17 Dec · 0 km', y: 41.3 }
		]);
		expect(chart.labels.at(-1)!.box).toEqual({ x: 488.78, y: 17.9, width: 101.4, height: 31.2 });
	});

	it('sets text at 12 px on narrow charts and 13 px on wider ones', () => {
		const at = (width: number) =>
			layoutAdvance(events, claims, { until: '2016-05-25' }, { width, height: 340 });
		expect([at(320).fontSize, at(479).fontSize, at(480).fontSize]).toEqual([12, 12, 13]);
	});

	it('gives the same layout for the same inputs', () => {
		const state = { until: '2016-05-25', focus: 'c' };
		expect(layoutAdvance(events, claims, state, size)).toEqual(layoutAdvance(events, claims, state, size));
	});

	it('never repeats a point of the line when two events share a date', () => {
		const sameDay: AdvanceEvent[] = [
			{ id: 'a', date: '2016-05-17', estimated: false, label: 'A', place: 'p', km: 140, claim: 'c1' },
			{ id: 'b', date: '2016-05-17', estimated: false, label: 'B', place: 'p', km: 140, claim: 'c2' }
		];
		expect(layoutAdvance(sameDay, claims, { until: '2016-05-17' }, size).path).toBe('M202.84,272.2Z');
	});
});

/** The thin rectangles the drawn line covers (its path is horizontal and vertical runs), 3 px thick. */
function lineRects(path: string): Rect[] {
	const corners = [...path.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
	return corners.slice(1).map(([x2, y2], i) => {
		const [x1, y1] = corners[i]!;
		return {
			x: Math.min(x1!, x2!) - 1.5,
			y: Math.min(y1!, y2!) - 1.5,
			width: Math.abs(x2! - x1!) + 3,
			height: Math.abs(y2! - y1!) + 3
		};
	});
}

/** What a label's box overlaps: another label, a point other than its own, the legend, the line, or the edges. */
function clashes(chart: AdvanceLayout): string[] {
	const found: string[] = [];
	const line = lineRects(chart.path);
	chart.labels.forEach((a, i) => {
		const { x, y, width, height } = a.box;
		if (x < 0 || y < 0 || x + width > chart.width || y + height > chart.height)
			found.push(`${a.id} leaves the chart`);
		chart.labels.slice(i + 1).forEach((b) => overlaps(a.box, b.box) && found.push(`${a.id} × ${b.id}`));
		chart.points.forEach((p) => {
			const mark = { x: p.x - p.r, y: p.y - p.r, width: 2 * p.r, height: 2 * p.r };
			if (p.id !== a.id && overlaps(a.box, mark)) found.push(`${a.id} × point ${p.id}`);
		});
		if (overlaps(a.box, chart.legend.box)) found.push(`${a.id} × legend`);
		if (line.some((r) => overlaps(a.box, r))) found.push(`${a.id} × line`);
	});
	return found;
}

describe('layoutAdvance on The road to Sirte', () => {
	const story = loadStory('road-to-sirte', readStoryFiles(process.cwd(), 'road-to-sirte')).story!;
	const steps = story.chapters
		.flatMap((c) => c.steps)
		.filter((s) => s.visual.key === 'advance')
		.map((s) => ({ id: s.id, state: s.visual.state as unknown as AdvanceState }));
	const sizes = [
		{ width: 320, height: 340 },
		{ width: 560, height: 380 },
		{ width: 1040, height: 560 }
	];

	it('has advance steps from early May to the December declaration', () => {
		expect(steps.length).toBe(10);
		expect(steps.at(-1)!.state).toEqual({ until: '2016-12-17', focus: 'sirte-liberation-declared' });
	});

	it.each(sizes)(
		'overlaps no label with another, a point, the legend or the line at $width×$height',
		(size) => {
			for (const { id, state } of steps) {
				expect([id, clashes(layoutAdvance(story.data.advance, story.claims, state, size))]).toEqual([id, []]);
			}
		}
	);

	it.each(sizes)(
		'always shows the focused and the latest event’s label, with the km, at $width×$height',
		(size) => {
			for (const { state } of steps) {
				const chart = layoutAdvance(story.data.advance, story.claims, state, size);
				const must = [state.focus, chart.points.at(-1)!.id];
				for (const id of must) {
					const label = chart.labels.find((l) => l.id === id);
					const event = story.data.advance.find((e) => e.id === id)!;
					expect(label?.text).toMatch(new RegExp(`^${event.label} · .+ · ${event.km} km$`));
				}
			}
		}
	);

	it('draws the December events after the break when the last step reaches them', () => {
		const last = steps.at(-1)!.state;
		const chart = layoutAdvance(story.data.advance, story.claims, last, { width: 320, height: 340 });
		expect(chart.gap).toEqual({ x1: 243, x2: 259 });
		expect(chart.points.slice(-3).map((p) => [p.id, p.x, p.y])).toEqual([
			['sirte-entered', 213.6, 54],
			['sirte-full-control', 265, 54],
			['sirte-liberation-declared', 283, 54]
		]);
		expect(chart.labels.map((l) => l.text)).toContain('Sarraj declares victory · 17 Dec · 0 km');
	});
});
