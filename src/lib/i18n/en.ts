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
	embed: {
		readStory: 'Read the whole story',
		wholeChapter: (unknown) => `No step “${unknown}” in this chapter: showing the whole chapter.`
	},
	present: {
		overview: 'Every step',
		unknownStep: (id) => `No step “${id}” in this story: starting at the first.`,
		close: 'Close'
	},
	presenter: {
		now: 'Now',
		next: 'Next',
		end: 'End of the story',
		notes: 'Notes',
		noNotes: 'No notes for this step.',
		chapters: 'Chapters',
		elapsed: 'Elapsed',
		reset: 'Reset',
		stepTime: (shown, planned) => `This step ${shown} of ${planned} min`,
		behind: (time) => `${time} behind plan`,
		ahead: (time) => `${time} ahead of plan`,
		openAudience: 'Open audience screen',
		audiences: (n) =>
			n === 0
				? 'No audience screen paired'
				: n === 1
					? '1 audience screen paired'
					: `${n} audience screens paired`,
		blanked: 'The audience screens are blank: press b, . or Esc to show them again.',
		rival:
			'Another presenter view of this story is open in this browser. It does not move this one: close one of them.',
		followAlong: 'Follow along on your phone',
		qr: (href) => `QR code for ${href}`
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
	showData: 'Show the data',
	visuals: {
		progress: {
			about: 'about',
			legend: { reported: 'reported', estimated: 'date estimated', hedged: 'hedged claim' },
			gap: '…',
			separator: ' · ',
			none: (until) => `No position shown yet, up to ${until}.`,
			positions: (n, until) => `${n} position${n === 1 ? '' : 's'} up to ${until}`,
			latest: (label, value, target, date) => `the latest: ${label}, ${value} from ${target} on ${date}`,
			estimated: (withTime) => (withTime ? '(time estimated)' : '(date estimated)'),
			pastBreak: (from, to) =>
				`The time axis breaks between ${from} and ${to}, marked by two slanted strokes; the line runs on across the break.`,
			table: {
				caption: (measure, actor, until) => `${measure} (${actor}), up to ${until}`,
				date: 'Date',
				event: 'Event',
				claimant: 'Who says so',
				claimed: '(claimed)'
			}
		},
		counts: {
			noun: 'figures',
			scaleNote: 'Each group is drawn to its own scale.',
			claimed: '(claimed)',
			highlighted: '(highlighted)',
			highlightedIn: (group) => `Highlighted, ${group}:`,
			none: (noun) => `No ${noun} shown.`,
			groups: (n, noun, titles) => `${n} groups of ${noun}, each drawn to its own scale: ${titles}.`,
			via: 'via',
			qualifiers: ['about', 'around', 'more than', 'over', 'at least', 'nearly', 'almost', 'up to', 'some'],
			legend: { hedged: 'hedged by its source', range: 'range, low to high' },
			table: {
				caption: (title, groups) =>
					`${title}: ${groups}. Each row is one figure of one claim; claims that disagree are listed separately, not averaged.`,
				columns: ['Group', 'Claimant', 'Side', 'Kind', 'Figure', 'Hedged'],
				yes: 'Yes',
				no: 'No'
			}
		},
		map: {
			dashed: 'Dashed: announced or reported',
			scale: (km) => `${km} km`,
			shows: (phrases) => `It shows ${phrases}.`,
			nothing: 'Nothing is marked on it.',
			highlighted: (place, approximate) =>
				`${place} is highlighted${approximate ? ' (position approximate)' : ''}.`,
			list: (items) =>
				items.length <= 1
					? (items[0] ?? '')
					: `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`,
			table: {
				caption: (title, focus) =>
					`${title}: what the map shows${focus ? `, with ${focus} highlighted` : ''}`,
				columns: ['Actor', 'What', 'Where', 'Status']
			}
		}
	}
};
