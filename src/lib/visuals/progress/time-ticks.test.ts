import { describe, expect, it } from 'vitest';
import { instant } from './dates.ts';
import { timeTicks } from './time-ticks.ts';

/** Ticks from `from` to `to` spread over 0 to `width` px, at 13 px text (7.15 px a character, 6.5 px between). */
const ticks = (from: string, to: string, width: number, narrow = false) => {
	const [t0, t1] = [instant(from), instant(to)];
	const x = (t: number) => Math.round(((t - t0) / (t1 - t0)) * width * 100) / 100;
	return timeTicks(t0, t1, x, { narrow, charWidth: 7.15, pad: 6.5, lang: 'en' });
};
const labels = (...args: Parameters<typeof ticks>) => ticks(...args).map((t) => t.label);

describe('timeTicks', () => {
	it('marks hours over a day, midnights by their date, at the finest step whose labels keep clear', () => {
		// 20 px an hour: "03:00" needs 35.75 + 6.5 px, so every 3 hours (60 px).
		expect(ticks('2030-08-29', '2030-08-30', 480)).toEqual([
			{ x: 0, label: '29 Aug' },
			{ x: 60, label: '03:00' },
			{ x: 120, label: '06:00' },
			{ x: 180, label: '09:00' },
			{ x: 240, label: '12:00' },
			{ x: 300, label: '15:00' },
			{ x: 360, label: '18:00' },
			{ x: 420, label: '21:00' },
			{ x: 480, label: '30 Aug' }
		]);
	});

	it('marks days under two weeks, from the first midnight', () => {
		expect(labels('2030-08-23 21:00', '2030-08-31', 530)).toEqual([
			'24 Aug',
			'25 Aug',
			'26 Aug',
			'27 Aug',
			'28 Aug',
			'29 Aug',
			'30 Aug',
			'31 Aug'
		]);
	});

	it('marks Sundays up to about four months', () => {
		expect(labels('2022-05-01', '2022-06-15', 420)).toEqual([
			'1 May',
			'8 May',
			'15 May',
			'22 May',
			'29 May',
			'5 Jun',
			'12 Jun'
		]);
	});

	it('marks months up to three years, January by its year', () => {
		expect(labels('2021-10-01', '2022-06-30', 530)).toEqual([
			'Oct',
			'Nov',
			'Dec',
			'2022',
			'Feb',
			'Mar',
			'Apr',
			'May',
			'Jun'
		]);
		// About 20 px a month: every other month, counted from January.
		expect(labels('2021-10-01', '2022-12-31', 300).slice(0, 4)).toEqual(['Nov', '2022', 'Mar', 'May']);
	});

	it('marks years beyond, on round years', () => {
		// 25 px a year: "1980" needs 28.6 + 6.5 px, so every other year.
		expect(labels('1980-01-01', '2000-01-01', 500)).toEqual([
			'1980',
			'1982',
			'1984',
			'1986',
			'1988',
			'1990',
			'1992',
			'1994',
			'1996',
			'1998',
			'2000'
		]);
		// 2.5 px a year: every 20 years.
		expect(labels('1810-06-01', '2010-01-01', 500)).toEqual([
			'1820',
			'1840',
			'1860',
			'1880',
			'1900',
			'1920',
			'1940',
			'1960',
			'1980',
			'2000'
		]);
	});

	it('takes at most every other tick on a narrow chart, even where every one would fit', () => {
		expect(labels('2022-05-01', '2022-06-15', 420, true)).toEqual(['1 May', '15 May', '29 May', '12 Jun']);
	});

	it('moves to the next unit when no step of the unit fits', () => {
		// 14 days in 100 px: even every 4th day is only 28.6 px from the next; Sundays, 50 px apart, fit.
		expect(labels('2022-05-01', '2022-05-15', 100)).toEqual(['1 May', '8 May', '15 May']);
	});
});
