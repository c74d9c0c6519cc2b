/**
 * The counts chart's interface words, in English: everything it says that is not the story's (titles, names, kinds
 * and nouns come from the story's `visuals.yaml`). One table, so a locale can replace it whole.
 */
export const WORDS = {
	/** What the figures are when the story does not say (`counts.noun`). */
	noun: 'figures',
	/** Beside the chart, and in its description, when it shows more than one group. */
	scaleNote: 'Each group is drawn to its own scale.',
	/** After a figure whose claim its source hedges. */
	claimed: '(claimed)',
	/** After the claimant of the focused claim, in the description. */
	highlighted: '(highlighted)',
	/** Before the focused claim, when the description summarises three or more groups. */
	highlightedIn: (group: string) => `Highlighted, ${group}:`,
	/** The description when the state shows nothing. */
	none: (noun: string) => `No ${noun} shown.`,
	/** The description's summary of three or more groups. */
	groups: (n: number, noun: string, titles: string) =>
		`${n} groups of ${noun}, each drawn to its own scale: ${titles}.`,
	/** The last link of a list: "A, B and C". */
	and: 'and',
	/** Who relayed a figure: "Jo Bloggs via the Daily Record". */
	via: 'via',
	/** Words a claim may put before a number ("about 75 killed"), kept in the figure's label. */
	qualifiers: ['about', 'around', 'more than', 'over', 'at least', 'nearly', 'almost', 'up to', 'some'],
	/** The legend's marks that are not sides. */
	legend: { hedged: 'hedged by its source', range: 'range, low to high' },
	/** The data table. */
	table: {
		caption: (title: string, groups: string) =>
			`${title}: ${groups}. Each row is one figure of one claim; claims that disagree are listed separately, not averaged.`,
		columns: ['Group', 'Claimant', 'Side', 'Kind', 'Figure', 'Hedged'],
		yes: 'Yes',
		no: 'No'
	}
} as const;

/** "A", "A and B", "A, B and C". */
export function and(items: readonly string[]): string {
	return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${WORDS.and} ${items.at(-1)}`;
}
