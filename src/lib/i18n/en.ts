import type { Words } from './words.ts';

const MONTHS = [
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

/** English: the words the site has always shown. */
export const en: Words = {
	dir: 'ltr',
	format: {
		digits: '0123456789',
		group: ',',
		decimal: '.',
		months: MONTHS,
		monthsShort: MONTHS.map((m) => m.slice(0, 3)),
		date: (day, month, year) => `${day} ${month} ${year}`,
		dayMonth: (day, month) => `${day} ${month}`,
		monthYear: (month, year) => `${month} ${year}`,
		time: (hours, minutes) => `${hours}:${minutes}`,
		dateTime: (date, time) => `${date} ${time}`,
		about: (date) => `about ${date}`,
		range: (from, to) => `${from}–${to}`,
		list: (items) =>
			items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
	},
	story: {
		readAsArticle: 'Read as article',
		chapter: (n) => `Chapter ${n}`,
		graphic: (alt) => `Graphic: ${alt}`,
		linkToStep: 'Link to this step',
		copyLink: 'Copy link to this step',
		linkCopied: 'Link copied',
		copyByHand: (url) => `Copy this link: ${url}`
	},
	progress: {
		chapters: 'Chapters',
		chapterOf: (n, total, title) => `Chapter ${n} of ${total}: ${title}`,
		stepOf: (n, total) => `Step ${n} of ${total}`,
		reading: 'Reading progress',
		previous: 'Previous',
		next: 'Next'
	},
	announceStep: (n, total, chapter) => `Step ${n} of ${total}: ${chapter}`,
	showData: 'Show the data'
};
