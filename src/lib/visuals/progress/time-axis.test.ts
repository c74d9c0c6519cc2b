import { describe, expect, it } from 'vitest';
import { day, timeAxis } from './time-axis.ts';

// The axis of a 600 px wide chart: 54 to 584. The December tail takes 18% of 530 px (95.4), after a 16 px break.
const wide = timeAxis(54, 584, { narrow: false, charWidth: 7.15 });

describe('timeAxis', () => {
	it('spreads 1 May to 15 June over the width left of the break', () => {
		expect([wide.x(day('2016-05-01')), wide.x(day('2016-06-15'))]).toEqual([54, 472.6]);
		// 418.6 px across 45 days: 4 days after 1 May is 54 + 418.6 × 4 / 45.
		expect(wide.x(day('2016-05-05'))).toBe(91.21);
	});

	it('puts the break between 15 June and 1 December, and the gridlines either side of it', () => {
		expect(wide.gap).toEqual({ x1: 472.6, x2: 488.6 });
		expect(wide.spans).toEqual([
			{ x1: 54, x2: 472.6 },
			{ x1: 488.6, x2: 584 }
		]);
	});

	it('draws December in the tail, from 1 to 31 December', () => {
		expect(['2016-12-01', '2016-12-05', '2016-12-17', '2016-12-31'].map((d) => wide.x(day(d)))).toEqual([
			488.6, 501.32, 539.48, 584
		]);
	});

	it('maps dates inside the break across the gap, so the line runs on through it', () => {
		// 8 September is 85 of the 169 days from 15 June to 1 December.
		expect(wide.x(day('2016-09-08'))).toBe(480.65);
	});

	it('clamps dates before 1 May and after 31 December to the axis’s ends', () => {
		expect([wide.x(day('2016-04-01')), wide.x(day('2017-01-10'))]).toEqual([54, 584]);
	});

	it('labels every Sunday, then "…" in the break and "Dec" under the tail', () => {
		expect(wide.ticks).toEqual([
			{ x: 54, label: '1 May' },
			{ x: 119.12, label: '8 May' },
			{ x: 184.23, label: '15 May' },
			{ x: 249.35, label: '22 May' },
			{ x: 314.46, label: '29 May' },
			{ x: 379.58, label: '5 Jun' },
			{ x: 444.69, label: '12 Jun' },
			{ x: 480.6, label: '…' },
			{ x: 536.3, label: 'Dec' }
		]);
	});

	it('labels every other Sunday when narrow, dropping one that would run into the break', () => {
		// 320 px wide: 54 to 304, the break from 243 to 259; "12 Jun" would end at 230.4 + 19.8 = 250.2.
		const narrow = timeAxis(54, 304, { narrow: true, charWidth: 6.6 });
		expect(narrow.gap).toEqual({ x1: 243, x2: 259 });
		expect(narrow.ticks).toEqual([
			{ x: 54, label: '1 May' },
			{ x: 112.8, label: '15 May' },
			{ x: 171.6, label: '29 May' },
			{ x: 251, label: '…' },
			{ x: 281.5, label: 'Dec' }
		]);
	});

	it('marks the break with two slanted strokes across the axis line', () => {
		expect(wide.breakMarks(364)).toBe('M469.6,370L475.6,358M485.6,370L491.6,358');
	});
});
