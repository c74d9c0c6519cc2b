import { describe, expect, it, vi } from 'vitest';
import { en } from './en.ts';
import { formatDate, formatList, formatMonthRange, formatNumber } from './format.ts';

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
		expect(formatDate('2005-08-29', 'en', 'short', { time: true })).toBe('29 Aug 00:00');
	});

	it('reads a Date or a time stamp in UTC, with no time of day unless asked', () => {
		const at = Date.UTC(2005, 7, 29, 23, 5);
		expect(formatDate(new Date(at), 'en', 'short')).toBe('29 Aug');
		expect(formatDate(at, 'en', 'time')).toBe('23:05');
		expect(formatDate(at, 'en', 'short', { time: true })).toBe('29 Aug 23:05');
	});

	it('says what it expected of a date it cannot read', () => {
		expect(() => formatDate('26 May 2016', 'en')).toThrow(
			'formatDate: expected YYYY-MM-DD or YYYY-MM-DD HH:MM, found "26 May 2016"'
		);
	});
});

describe('formatMonthRange', () => {
	it('names the months once, with the year after them', () => {
		expect(formatMonthRange('2016-05-12', '2016-06-30', 'en')).toBe('May–June 2016');
		expect(formatMonthRange('2016-06-01', '2016-06-30', 'en')).toBe('June 2016');
		expect(formatMonthRange('2016-12-01', '2017-01-31', 'en')).toBe('December 2016–January 2017');
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
			expect(format.formatNumber(3210, 'en')).toBe('3,210');
		} finally {
			vi.doUnmock('./locales.ts');
			vi.resetModules();
		}
	});
});
