import { describe, expect, it } from 'vitest';
import { overlaps, type Rect } from '../shared/labels.ts';
import { input, river, riverConfig, riverRows, storm } from './fixture.ts';
import { layoutProgress, type ProgressLayout } from './progress.ts';
import type { ProgressPoint, ProgressState } from './spec.ts';

// 13 px text; the legend has one row, ending at 26.8, and the plot starts 31.2 below it, at 58. The time axis
// runs from 54 to 584: 1 May–15 June to 472.6, a break to 488.6, then December.
const size = { width: 600, height: 400 };
const layout = (state: ProgressState, at = size) => layoutProgress(river, state, at);

describe('layoutProgress', () => {
	it('reveals only the points up to the state’s date', () => {
		expect(layout({ until: '2022-05-04' }).points).toEqual([]);
		expect(layout({ until: '2022-05-17' }).points.map((p) => p.id)).toEqual(['a', 'b']);
	});

	it('puts the target (0) at the top and the configured maximum at the bottom of the plot, below the legend', () => {
		const chart = layout({ until: '2022-06-01' });
		expect(chart.legend.box).toEqual({ x: 1, y: 6, width: 311.1, height: 20.8 });
		expect(chart.yTicks.map((t) => [t.y, t.label])).toEqual([
			[58, 'Delta'],
			[134.5, '50 mi'],
			[211, '100 mi'],
			[287.5, '150 mi'],
			[364, '200 mi']
		]);
		expect(chart.points.map((p) => p.y)).toEqual([364, 211, 134.5]);
	});

	it('runs the value axis to the data’s largest value, rounded up, when no maximum is configured', () => {
		const rows = riverRows.map((r) => ({ ...r, value: r.value * 1.7 }));
		const chart = layoutProgress(
			input({ ...riverConfig, max: undefined }, rows),
			{ until: '2022-05-05' },
			size
		);
		// 340 rounds up to 350.
		expect(chart.yTicks.map((t) => t.label)).toEqual([
			'Delta',
			'50 mi',
			'100 mi',
			'150 mi',
			'200 mi',
			'250 mi',
			'300 mi',
			'350 mi'
		]);
		// 340 of 350 on 58 to 364.
		expect(chart.points[0]!.y).toBe(355.26);
	});

	it('widens the left margin to the longest value label', () => {
		// "Port Vale" is 9 characters at the widest estimate, 7.8 px: 70.2, and 7 px more to the plot. "200 mi"
		// (46.8 px) fits the usual 54.
		expect(layoutProgress(storm, { until: '2030-08-25' }, size).margin.left).toBe(78);
		expect(layout({ until: '2022-05-25' }).margin.left).toBe(54);
	});

	it('draws the line and points in the actor’s colour', () => {
		expect(layout({ until: '2022-05-25' }).colour).toBe('#1f5f99');
		expect(layoutProgress(storm, { until: '2030-08-25' }, size).colour).toBe('#7a3b00');
	});

	it('places May and June dates left of the break, and December’s after it', () => {
		const chart = layout({ until: '2022-12-31' });
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

	it('marks estimated dates, hedged claims and the focused point, drawn bigger', () => {
		const points = layout({ until: '2022-06-01', focus: 'b' }).points;
		expect(points.map((p) => [p.id, p.estimated, p.hedged, p.focused, p.r])).toEqual([
			['a', false, false, false, 5],
			['b', true, false, true, 7],
			['c', false, true, false, 5]
		]);
	});

	it('draws the line as steps that hold until the next point and run on to the state’s date', () => {
		expect(layout({ until: '2022-05-17' }).path).toBe('M91.21,364L202.84,364L202.84,211');
		expect(layout({ until: '2022-05-20' }).path).toBe('M91.21,364L202.84,364L202.84,211L230.74,211');
	});

	it('runs the line into the break, and across it to the tail', () => {
		const august = layout({ until: '2022-08-01' });
		expect(august.untilX).toBe(477.05);
		expect(august.path.endsWith('L277.25,134.5L477.05,134.5')).toBe(true);
		expect(layout({ until: '2022-12-17' }).path).toBe(
			'M91.21,364L202.84,364L202.84,211L277.25,211L277.25,134.5L501.32,134.5L501.32,58L539.48,58'
		);
	});

	it('labels every revealed point with its label and date, the focused and latest ones with the value', () => {
		const chart = layout({ until: '2022-05-25', focus: 'b' });
		// Elk Bluff (focused, r 7) is blocked right by the line and left by the chart's edge: below right.
		// Fort Hale (latest) fits on its right. Pinegap sits on the line, beside a jump: above its point.
		expect(chart.labels.map((l) => [l.id, l.text, l.x, l.y, l.anchor])).toEqual([
			['a', 'Pinegap · 5 May', 91.21, 347.3, 'middle'],
			['b', 'Elk Bluff · about 17 May · 100 mi', 210.55, 226.51, 'start'],
			['c', 'Fort Hale · 25 May · 50 mi', 286.15, 134.5, 'start']
		]);
	});

	it('labels the points after the break once revealed, keeping the latest’s label inside the chart', () => {
		const chart = layout({ until: '2022-12-17' });
		expect(chart.labels.slice(-2).map((l) => [l.id, l.text, l.x, l.y, l.anchor])).toEqual([
			['d', 'Mouth · about 5 Dec', 495.03, 72.09, 'end'],
			['e', 'Finished · 17 Dec · 0 mi', 539.48, 33.5, 'middle']
		]);
		// The latest has no room beside its point (the line, the other point): two lines above it.
		expect(chart.labels.at(-1)!.lines).toEqual([
			{ text: 'Finished', y: 25.7 },
			{ text: '17 Dec · 0 mi', y: 41.3 }
		]);
		expect(chart.labels.at(-1)!.box).toEqual({ x: 488.78, y: 17.9, width: 101.4, height: 31.2 });
	});

	it('sets text at 12 px on narrow charts and 13 px on wider ones', () => {
		const at = (width: number) => layout({ until: '2022-05-25' }, { width, height: 340 });
		expect([at(320).fontSize, at(479).fontSize, at(480).fontSize]).toEqual([12, 12, 13]);
	});

	it('gives the same layout for the same inputs', () => {
		const state = { until: '2022-05-25', focus: 'c' };
		expect(layout(state)).toEqual(layout(state));
	});

	it('never repeats a point of the line when two points share a date', () => {
		const sameDay: ProgressPoint[] = [
			{ id: 'a', date: '2022-05-17', estimated: false, label: 'A', place: 'p', value: 140, claim: 'c1' },
			{ id: 'b', date: '2022-05-17', estimated: false, label: 'B', place: 'p', value: 140, claim: 'c2' }
		];
		expect(layoutProgress(input(riverConfig, sameDay), { until: '2022-05-17' }, size).path).toBe(
			'M202.84,272.2Z'
		);
	});

	it('draws points in time order whatever the data file’s order', () => {
		const reversed = input(riverConfig, [...riverRows].reverse());
		expect(layoutProgress(reversed, { until: '2022-05-25' }, size).path).toBe(
			layout({ until: '2022-05-25' }).path
		);
	});
});

describe('layoutProgress over days, with times', () => {
	// 23 to 31 August, no break: the axis runs from 78 (the margin for "Port Vale") to 584, 63.25 px a day.
	const chart = layoutProgress(storm, { until: '2030-08-29 12:00', focus: 'landfall' }, size);

	it('places each point at its time of day, with no break', () => {
		expect(chart.gap).toBeUndefined();
		expect(chart.breakMarks).toBe('');
		expect(chart.spans).toEqual([{ x1: 78, x2: 584 }]);
		expect(chart.points.map((p) => [p.id, p.x])).toEqual([
			['formed', 133.34],
			['keys', 259.84],
			['turn', 425.88],
			['landfall', 473.75]
		]);
		// 6½ days after the start.
		expect(chart.untilX).toBe(489.13);
	});

	it('labels days on the time axis', () => {
		expect(chart.xTicks.map((t) => t.label)).toEqual([
			'23 Aug',
			'24 Aug',
			'25 Aug',
			'26 Aug',
			'27 Aug',
			'28 Aug',
			'29 Aug',
			'30 Aug'
		]);
	});

	it('gives the time in labels, with "about" where estimated', () => {
		expect(chart.labels.map((l) => l.text)).toContain('Landfall · about 29 Aug 06:10 · 40 mi');
		expect(chart.labels.map((l) => l.text)).toContain('Formed · 23 Aug 21:00');
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
function clashes(chart: ProgressLayout): string[] {
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

describe('layoutProgress at every point of both fixtures', () => {
	const sizes = [
		{ width: 320, height: 340 },
		{ width: 560, height: 380 },
		{ width: 1040, height: 560 }
	];
	// A step at each point, focused on it.
	const steps = [river, storm].flatMap((input) =>
		input.rows.map((p) => ({ input, state: { until: p.date, focus: p.id } }))
	);

	it.each(sizes)(
		'overlaps no label with another, a point, the legend or the line at $width×$height',
		(size) => {
			for (const { input, state } of steps)
				expect([state.focus, clashes(layoutProgress(input, state, size))]).toEqual([state.focus, []]);
		}
	);

	it.each(sizes)(
		'always shows the focused and the latest point’s label, with the value, at $width×$height',
		(size) => {
			for (const { input, state } of steps) {
				const chart = layoutProgress(input, state, size);
				for (const id of [state.focus, chart.points.at(-1)!.id]) {
					const label = chart.labels.find((l) => l.id === id);
					const point = input.rows.find((p) => p.id === id)!;
					expect(label?.text).toBe(
						`${point.label} · ${point.estimated ? 'about ' : ''}${label!.text.split(' · ')[1]!.replace('about ', '')} · ${point.value} mi`
					);
				}
			}
		}
	);

	it('draws the tail’s points after the break on a phone-sized chart', () => {
		const chart = layout({ until: '2022-12-17', focus: 'e' }, { width: 320, height: 340 });
		expect(chart.gap).toEqual({ x1: 243, x2: 259 });
		expect(chart.points.slice(-2).map((p) => [p.id, p.x, p.y])).toEqual([
			['d', 265, 54],
			['e', 283, 54]
		]);
		expect(chart.labels.map((l) => l.text)).toContain('Finished · 17 Dec · 0 mi');
	});
});
