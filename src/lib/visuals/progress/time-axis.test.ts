import { describe, expect, it } from 'vitest';
import { instant } from './dates.ts';
import { riverConfig, stormConfig } from './fixture.ts';
import { tailLabels, timeAxis } from './time-axis.ts';

const at = (iso: string) => instant(iso);
// The axis of a 600 px wide chart: 54 to 584. The tail takes 18% of 530 px (95.4), after a 16 px break.
const wide = timeAxis(riverConfig.axis, 54, 584, {
	narrow: false,
	charWidth: 7.15,
	fontSize: 13,
	frame: 600,
	lang: 'en'
});

describe('timeAxis with a break', () => {
	it('spreads the start to the break over the width left of the break', () => {
		expect([wide.x(at('2022-05-01')), wide.x(at('2022-06-15'))]).toEqual([54, 472.6]);
		// 418.6 px across 45 days: 4 days after 1 May is 54 + 418.6 × 4 / 45.
		expect(wide.x(at('2022-05-05'))).toBe(91.21);
	});

	it('puts the break between its two dates, and the gridlines either side of it', () => {
		expect(wide.gap).toEqual({ x1: 472.6, x2: 488.6 });
		expect(wide.spans).toEqual([
			{ x1: 54, x2: 472.6 },
			{ x1: 488.6, x2: 584 }
		]);
	});

	it('draws the tail after the break, from its start to the axis’s end', () => {
		expect(['2022-12-01', '2022-12-05', '2022-12-17', '2022-12-31'].map((d) => wide.x(at(d)))).toEqual([
			488.6, 501.32, 539.48, 584
		]);
	});

	it('maps dates inside the break across the gap, so the line runs on through it', () => {
		// 8 September is 85 of the 169 days from 15 June to 1 December.
		expect(wide.x(at('2022-09-08'))).toBe(480.65);
	});

	it('clamps dates before the start and after the end to the axis’s ends', () => {
		expect([wide.x(at('2022-04-01')), wide.x(at('2023-01-10'))]).toEqual([54, 584]);
	});

	it('labels every Sunday, then "…" in the break and the tail’s month under it', () => {
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
		const narrow = timeAxis(riverConfig.axis, 54, 304, {
			narrow: true,
			charWidth: 6.6,
			fontSize: 12,
			frame: 320,
			lang: 'en'
		});
		expect(narrow.gap).toEqual({ x1: 243, x2: 259 });
		expect(narrow.ticks).toEqual([
			{ x: 54, label: '1 May' },
			{ x: 112.8, label: '15 May' },
			{ x: 171.6, label: '29 May' },
			{ x: 251, label: '…' },
			{ x: 281.5, label: 'Dec' }
		]);
	});

	it('labels every Sunday on a chart just wide enough, every other one just below (480 px and 479 px)', () => {
		// Less "12 Jun", which would run into the break: 6 of 7 Sundays, and 4 of 7.
		const sundays = (right: number, narrow: boolean, charWidth: number, fontSize: number) =>
			timeAxis(riverConfig.axis, 54, right, { narrow, charWidth, fontSize, frame: right + 16, lang: 'en' })
				.ticks.length - 2;
		expect([sundays(464, false, 7.15, 13), sundays(463, true, 6.6, 12)]).toEqual([6, 4]);
	});

	it('marks the break with two slanted strokes across the axis line', () => {
		expect(wide.breakMarks(364)).toBe('M469.6,370L475.6,358M485.6,370L491.6,358');
	});
});

describe('timeAxis without a break', () => {
	// 23 to 31 August over 54 to 584: 530 px for 8 days, 66.25 px a day.
	const storm = timeAxis(stormConfig.axis, 54, 584, {
		narrow: false,
		charWidth: 7.15,
		fontSize: 13,
		frame: 600,
		lang: 'en'
	});

	it('spreads the whole axis over the width, with one span, no gap and no break marks', () => {
		expect(storm.gap).toBeUndefined();
		expect(storm.spans).toEqual([{ x1: 54, x2: 584 }]);
		expect(storm.breakMarks(364)).toBe('');
	});

	it('places times of day between midnights', () => {
		expect(
			['2030-08-23', '2030-08-29 06:00', '2030-08-29 06:10', '2030-08-31'].map((d) => storm.x(at(d)))
		).toEqual([54, 468.06, 468.52, 584]);
	});

	it('labels every day, leaving out one whose label would leave the frame', () => {
		// "31 Aug" at 584 would end at 605.45, past the frame's 600.
		expect(storm.ticks.map((t) => t.label)).toEqual([
			'23 Aug',
			'24 Aug',
			'25 Aug',
			'26 Aug',
			'27 Aug',
			'28 Aug',
			'29 Aug',
			'30 Aug'
		]);
		expect(storm.ticks[1]).toEqual({ x: 120.25, label: '24 Aug' });
	});

	it('labels every other day on a narrow chart', () => {
		const narrow = timeAxis(stormConfig.axis, 54, 304, {
			narrow: true,
			charWidth: 6.6,
			fontSize: 12,
			frame: 320,
			lang: 'en'
		});
		expect(narrow.ticks).toEqual([
			{ x: 54, label: '23 Aug' },
			{ x: 116.5, label: '25 Aug' },
			{ x: 179, label: '27 Aug' },
			{ x: 241.5, label: '29 Aug' }
		]);
	});
});

describe('tailLabels', () => {
	const tail = (from: string, to: string) => tailLabels(at(from), at(to), 'en');

	it('names a whole month by its short name', () => {
		expect(tail('2022-12-01', '2022-12-31')).toEqual(['Dec']);
		expect(tail('2022-02-01', '2022-02-28 23:00')).toEqual(['Feb']);
	});

	it('names part of a month by its days, then by its month where those do not fit', () => {
		expect(tail('2030-08-28', '2030-08-31')).toEqual(['28–31 Aug', 'Aug']);
		expect(tail('2030-08-29 06:00', '2030-08-29 18:00')).toEqual(['29 Aug', 'Aug']);
	});

	it('names months across months, and years across years', () => {
		expect(tail('2022-11-01', '2022-12-31')).toEqual(['Nov–Dec']);
		expect(tail('2022-12-01', '2023-01-31')).toEqual(['2022–2023']);
	});

	it('leaves the tail unlabelled when no name fits it', () => {
		const axis = {
			from: '2030-08-01',
			to: '2030-08-31',
			break: ['2030-08-20', '2030-08-28'] as [string, string]
		};
		// A 36 px tail: "28–31 Aug" (59.4 px) overhangs it too far, "Aug" (19.8 px) fits.
		const tiny = timeAxis(axis, 54, 254, {
			narrow: true,
			charWidth: 6.6,
			fontSize: 12,
			frame: 270,
			lang: 'en'
		});
		expect(tiny.ticks.at(-1)!.label).toBe('Aug');
		const none = timeAxis({ ...axis, break: ['2030-08-20', '2030-08-30'] }, 54, 80, {
			narrow: true,
			charWidth: 20,
			fontSize: 12,
			frame: 96,
			lang: 'en'
		});
		expect(none.ticks.map((t) => t.label)).toEqual(['…']);
	});
});
