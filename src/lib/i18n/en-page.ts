import type { PageWords } from './page-words.ts';

const claimed = 'claimed';
const dateEstimated = (estimated: boolean) => (estimated ? ' (date estimated)' : '');

/** English: the claim list's, the claim note's and the sources page's words, as the site has always shown them. */
export const enPage: PageWords = {
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
	},
	handout: {
		kind: 'Handout',
		discussion: 'For discussion',
		chapter: (n) => `Chapter ${n}`,
		size: (steps, chapters) => `${steps} steps in ${chapters} chapters`
	}
};
