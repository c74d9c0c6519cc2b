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
const claimed = 'claimed';
const dateEstimated = (estimated: boolean) => (estimated ? ' (date estimated)' : '');

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
	showData: 'Show the data',
	claims: {
		title: 'Who says so',
		intro: 'Every figure in this story links here: what is claimed, by whom, and in which source.',
		toSources: 'All sources, claims and where they disagree',
		claimed,
		claimedAs: (hedge) => `${claimed}: “${hedge}”`,
		by: (claimant) => `— ${claimant}`,
		whoSaysSo: (claimant) => `Who says so: ${claimant}`,
		source: { before: 'in ', after: (outlet, date) => `, ${outlet}, ${date}` },
		noteSource: {
			before: 'In ',
			after: (outlet, date, estimated) => `, ${outlet}, ${date}${dateEstimated(estimated)}.`
		},
		allSources: 'All sources and claims',
		close: 'Close',
		usedIn: 'Used in:',
		unused: 'Not used in a step.'
	},
	sources: {
		title: 'Sources and claims',
		pageTitle: (story) => `Sources and claims · ${story}`,
		description: (story) => `Every source and claim behind ${story}, and where sources disagree.`,
		back: (story) => `← ${story}`,
		lede: (sources, claims) => ({
			before: 'Every figure in ',
			middle:
				` is a claim: someone says it, in a source. Here are the ${sources} sources, the ${claims} claims read from` +
				' them, the steps that rely on each, and the places where sources disagree. Claims their source hedges' +
				' ("claims", "reportedly") are marked ',
			after: '; dates that are estimates say "about".'
		}),
		contents: 'On this page',
		bySource: 'By source',
		disagreements: 'Where sources disagree',
		names: 'Names and spellings',
		meta: (outlet, author, date, estimated) =>
			`${outlet}${author ? `, ${author}` : ''} · ${date}${dateEstimated(estimated)}`,
		noDisagreement: 'No disagreement is recorded for this story.',
		claimsConcerned: 'Claims concerned:',
		namesIntro: 'Sources spell names differently. Each of these is one person, group, operation or place.',
		alsoWritten: (variants) => `also written ${variants.join(', ')}.`,
		schematic: 'Its position on the maps is schematic.'
	}
};
