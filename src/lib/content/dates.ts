/** Month names, for dates written out for readers (UTC throughout: a story's dates have no time zone). */
export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** `2016-05-26` → `26 May 2016`, or `about 26 May 2016` when the date is an estimate. */
export function readableDate(iso: string, estimated = false): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${estimated ? 'about ' : ''}${d} ${MONTHS[m! - 1]} ${y}`;
}

/** `2016-05-08` → `8 May`: a day and a short month, for chart ticks and labels. */
export const dayMonth = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)}`;
