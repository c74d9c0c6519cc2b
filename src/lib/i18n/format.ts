/**
 * Numbers, dates and lists, written in a language: the one place they are formatted, from the language's table
 * (words.ts, `format`). Pure, and the same everywhere: no Intl, whose data differ between Node and browsers (a
 * prerendered page must read as the script that hydrates it writes), and no time zone: a story's dates are
 * `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` on its own clock, read as UTC, and its months `YYYY-MM`.
 */
import { wordsFor } from './locales.ts';
import type { Words } from './words.ts';

type Format = Words['format'];

/** Western digits in the language's own. */
const digits = (text: string, f: Format) =>
	f.digits === '0123456789' ? text : text.replace(/\d/g, (d) => f.digits[Number(d)]!);

/** 3210 → "3,210"; 1234.5 → "1,234.5"; -42 → "-42". */
export function formatNumber(n: number, lang: string): string {
	const f = wordsFor(lang).format;
	const [whole = '', fraction] = String(Math.abs(n)).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, f.group);
	return (n < 0 ? '-' : '') + digits(grouped, f) + (fraction ? f.decimal + digits(fraction, f) : '');
}

/**
 * How a date is written ("26 May 2016", `2016-05-26`):
 * - `long` "26 May 2016", for sentences and sources;
 * - `dayMonth` "26 May", when the year goes without saying;
 * - `short` "26 May", "29 Aug", for chart labels and ticks;
 * - `month` "May", `monthShort` "Dec", `monthYear` "May 2016";
 * - `day` "26" and `year` "2016", the parts of a range ("28–31 Aug", "2016–2017": formatRange);
 * - `time` "06:10", the time of day alone.
 */
export type DateStyle =
	'long' | 'dayMonth' | 'short' | 'month' | 'monthShort' | 'monthYear' | 'day' | 'year' | 'time';

/** The styles a month alone (`2016-05`) cannot be written in: they name a day, or a time of day. */
const DAY_STYLES: readonly DateStyle[] = ['long', 'dayMonth', 'short', 'day', 'time'];
/** The styles that add the time of day. */
const TIMED_STYLES: readonly DateStyle[] = ['long', 'dayMonth', 'short'];

export interface DateOptions {
	/** The source only estimates the date: "about 26 May 2016". */
	estimated?: boolean;
	/**
	 * Add the time of day ("29 Aug 06:10"). By default, when the date gives one (`2005-08-29 06:10`); never for a
	 * Date. Only the `long`, `dayMonth` and `short` styles take one.
	 */
	time?: boolean;
}

const DATE_TIME = /^(\d{4})-(\d{2})(?:-(\d{2})(?: (\d{2}):(\d{2}))?)?$/;

/**
 * Year, month (0-11), day, hours and minutes of a date, whether it gives a time of day, and whether it is a month
 * alone (`YYYY-MM`, its first day).
 */
function partsOf(when: string | Date | number) {
	if (typeof when !== 'string') {
		const d = new Date(when);
		const at = [
			d.getUTCFullYear(),
			d.getUTCMonth(),
			d.getUTCDate(),
			d.getUTCHours(),
			d.getUTCMinutes()
		] as const;
		return { at, timed: false, month: false };
	}
	const m = DATE_TIME.exec(when);
	if (!m) throw new Error(`formatDate: expected YYYY-MM, YYYY-MM-DD or YYYY-MM-DD HH:MM, found "${when}"`);
	const [y, mo, d = 1, h = 0, mi = 0] = m.slice(1).map((s) => (s === undefined ? undefined : Number(s)));
	return { at: [y!, mo! - 1, d, h, mi] as const, timed: m[4] !== undefined, month: m[3] === undefined };
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A date (`YYYY-MM-DD`, `YYYY-MM-DD HH:MM`, a month `YYYY-MM` in the month and year styles, or a Date or time stamp
 * read in UTC) written in a language:
 * formatDate('2016-05-26', 'en', 'long', { estimated: true }) → "about 26 May 2016".
 */
export function formatDate(
	when: string | Date | number,
	lang: string,
	style: DateStyle = 'long',
	options: DateOptions = {}
): string {
	const f = wordsFor(lang).format;
	const { at, timed, month: monthAlone } = partsOf(when);
	if (monthAlone && DAY_STYLES.includes(style))
		throw new Error(`formatDate: "${when}" is a month, without a day or time for the ${style} style`);
	const [year, month, day, hours, minutes] = at;
	const y = digits(String(year), f);
	const d = digits(String(day), f);
	const time = f.time(digits(two(hours), f), digits(two(minutes), f));
	const dated: Record<DateStyle, string> = {
		long: f.date(d, f.months[month]!, y),
		dayMonth: f.dayMonth(d, f.months[month]!),
		short: f.dayMonth(d, f.monthsShort[month]!),
		month: f.months[month]!,
		monthShort: f.monthsShort[month]!,
		monthYear: f.monthYear(f.months[month]!, y),
		day: d,
		year: y,
		time
	};
	const withTime =
		(options.time ?? timed) && TIMED_STYLES.includes(style) ? f.dateTime(dated[style], time) : dated[style];
	return options.estimated ? f.about(withTime) : withTime;
}

/**
 * The months from one date (or month: `2016-05`) to another: "May–June 2016", "June 2016",
 * "December 2016–January 2017".
 */
export function formatMonthRange(from: string | Date, to: string | Date, lang: string): string {
	const f = wordsFor(lang).format;
	const [a, b] = [partsOf(from).at, partsOf(to).at];
	if (a[0] !== b[0]) return f.range(formatDate(from, lang, 'monthYear'), formatDate(to, lang, 'monthYear'));
	const year = digits(String(a[0]), f);
	return f.monthYear(a[1] === b[1] ? f.months[a[1]]! : f.range(f.months[a[1]]!, f.months[b[1]]!), year);
}

/** Two things already written, dates or numbers, as a range: "28–31 Aug", "Nov–Dec", "2016–2017". */
export const formatRange = (from: string, to: string, lang: string): string =>
	wordsFor(lang).format.range(from, to);

/** "A", "A and B", "A, B and C". */
export const formatList = (items: readonly string[], lang: string): string =>
	wordsFor(lang).format.list(items);
