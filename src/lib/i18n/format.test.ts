import { describe, expect, it, vi } from 'vitest';
import { en } from './en.ts';
import { formatDate, formatList, formatMonthRange, formatNumber, formatRange } from './format.ts';

describe('formatNumber', () => {
	it('groups thousands with commas, as the site always has', () => {
		expect(formatNumber(3210, 'en')).toBe('3,210');
		expect(formatNumber(1_234_567, 'en')).toBe('1,234,567');
		expect(formatNumber(999, 'en')).toBe('999');
		expect(formatNumber(0, 'en')).toBe('0');
	});

	it('keeps a sign and a fraction, whose digits are not grouped', () => {
		expect(formatNumber(-3210, 'en')).toBe('-3,210');
		expect(formatNumber(1234.5678, 'en')).toBe('1,234.5678');
		expect(formatNumber(81.2, 'en')).toBe('81.2');
	});
});

describe('formatDate', () => {
	it('writes a day, month and year, and "about" when the source estimates the date', () => {
		expect(formatDate('2016-05-26', 'en')).toBe('26 May 2016');
		expect(formatDate('2016-12-05', 'en', 'long', { estimated: true })).toBe('about 5 December 2016');
	});

	it('writes each style of date', () => {
		expect(formatDate('2016-05-08', 'en', 'short')).toBe('8 May');
		expect(formatDate('2016-09-04', 'en', 'short')).toBe('4 Sep');
		expect(formatDate('2016-06-15', 'en', 'dayMonth')).toBe('15 June');
		expect(formatDate('2016-06-15', 'en', 'month')).toBe('June');
		expect(formatDate('2016-12-01', 'en', 'monthShort')).toBe('Dec');
		expect(formatDate('2016-06-15', 'en', 'monthYear')).toBe('June 2016');
		expect(formatDate('2016-06-05', 'en', 'day')).toBe('5');
		expect(formatDate('2016-06-15', 'en', 'year')).toBe('2016');
	});

	it('writes a month alone (YYYY-MM) in the month and year styles, and refuses it a day or a time', () => {
		expect(formatDate('2031-05', 'en', 'month')).toBe('May');
		expect(formatDate('2031-09', 'en', 'monthShort')).toBe('Sep');
		expect(formatDate('2031-12', 'en', 'monthYear')).toBe('December 2031');
		expect(formatDate('2031-12', 'en', 'year')).toBe('2031');
		expect(() => formatDate('2031-05', 'en', 'short')).toThrow(
			'formatDate: "2031-05" is a month, without a day or time for the short style'
		);
		expect(() => formatDate('2031-05', 'en')).toThrow('without a day or time for the long style');
		expect(() => formatDate('2031-05', 'en', 'time')).toThrow('without a day or time for the time style');
	});

	it('adds the time of day a date gives, unless told not to, and never to a month', () => {
		expect(formatDate('2005-08-29 06:10', 'en', 'time')).toBe('06:10');
		expect(formatDate('2005-08-29 06:10', 'en')).toBe('29 August 2005 06:10');
		expect(formatDate('2005-08-29 06:10', 'en', 'short')).toBe('29 Aug 06:10');
		expect(formatDate('2005-08-29 06:10', 'en', 'dayMonth', { estimated: true })).toBe(
			'about 29 August 06:10'
		);
		expect(formatDate('2005-08-29 06:10', 'en', 'short', { time: false })).toBe('29 Aug');
		expect(formatDate('2005-08-29 06:10', 'en', 'monthYear')).toBe('August 2005');
		expect(formatDate('2005-08-29 06:10', 'en', 'day')).toBe('29');
		expect(formatDate('2005-08-29 06:10', 'en', 'year')).toBe('2005');
		expect(formatDate('2005-08-29', 'en', 'short', { time: true })).toBe('29 Aug 00:00');
	});

	it('reads a Date or a time stamp in UTC, with no time of day unless asked', () => {
		const at = Date.UTC(2005, 7, 29, 23, 5);
		expect(formatDate(new Date(at), 'en', 'short')).toBe('29 Aug');
		expect(formatDate(at, 'en', 'time')).toBe('23:05');
		expect(formatDate(at, 'en', 'short', { time: true })).toBe('29 Aug 23:05');
		expect(formatDate(Date.UTC(2022, 11, 1), 'en', 'monthShort')).toBe('Dec');
	});

	it('says what it expected of a date it cannot read', () => {
		expect(() => formatDate('26 May 2016', 'en')).toThrow(
			'formatDate: expected YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM, found "26 May 2016"'
		);
		expect(() => formatDate('2016-5', 'en', 'month')).toThrow('found "2016-5"');
	});
});

describe('formatMonthRange', () => {
	it('names the months once, with the year after them', () => {
		expect(formatMonthRange('2016-05-12', '2016-06-30', 'en')).toBe('May–June 2016');
		expect(formatMonthRange('2016-06-01', '2016-06-30', 'en')).toBe('June 2016');
		expect(formatMonthRange('2016-12-01', '2017-01-31', 'en')).toBe('December 2016–January 2017');
	});

	it('takes months alone (YYYY-MM), as a map diagram gives its period', () => {
		expect(formatMonthRange('2031-05', '2031-06', 'en')).toBe('May–June 2031');
		expect(formatMonthRange('2031-05', '2031-12', 'en')).toBe('May–December 2031');
		expect(formatMonthRange('2032-08', '2032-08', 'en')).toBe('August 2032');
		expect(formatMonthRange('2032-08', '2032-10', 'en')).toBe('August–October 2032');
		expect(formatMonthRange('2031-12', '2032-01', 'en')).toBe('December 2031–January 2032');
	});
});

describe('formatRange', () => {
	it('joins two things already written with a dash', () => {
		expect(formatRange('28', '31 Aug', 'en')).toBe('28–31 Aug');
		expect(formatRange('2022', '2023', 'en')).toBe('2022–2023');
	});
});

describe('formatList', () => {
	it('joins with commas and "and"', () => {
		expect(formatList([], 'en')).toBe('');
		expect(formatList(['A'], 'en')).toBe('A');
		expect(formatList(['A', 'B'], 'en')).toBe('A and B');
		expect(formatList(['A', 'B', 'C'], 'en')).toBe('A, B and C');
	});
});

describe('another language', () => {
	it('takes its digits, separators and month names from its own table', async () => {
		const xx = {
			...en,
			format: {
				...en.format,
				digits: '٠١٢٣٤٥٦٧٨٩',
				group: '٬',
				decimal: '٫',
				months: en.format.months.map((m) => m.toUpperCase()),
				date: (day: string, month: string, year: string) => `${year}/${month}/${day}`
			}
		};
		vi.resetModules();
		vi.doMock('./locales.ts', async (original) => {
			const actual = await original<typeof import('./locales.ts')>();
			return { ...actual, wordsFor: (lang: string) => (lang === 'xx' ? xx : actual.wordsFor(lang)) };
		});
		try {
			const format = await import('./format.ts');
			expect(format.formatNumber(3210.5, 'xx')).toBe('٣٬٢١٠٫٥');
			expect(format.formatDate('2005-08-29 06:10', 'xx', 'time')).toBe('٠٦:١٠');
			expect(format.formatDate('2016-05-26', 'xx')).toBe('٢٠١٦/MAY/٢٦');
			expect(format.formatDate('2016-05-26', 'xx', 'year')).toBe('٢٠١٦');
			expect(format.formatNumber(3210, 'en')).toBe('3,210');
		} finally {
			vi.doUnmock('./locales.ts');
			vi.resetModules();
		}
	});
});
