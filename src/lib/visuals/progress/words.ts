/**
 * The progress chart's interface words, in English: everything it says that is not the story's (the title, the
 * measure, the unit, the target and the actor come from the story's `visuals.yaml`). One table, so a locale can
 * replace it whole.
 */
export const WORDS = {
	/** Before a date or time the source gives as an estimate: "about 17 May". */
	about: 'about',
	/** The legend's three kinds of point. */
	legend: { reported: 'reported', estimated: 'date estimated', hedged: 'hedged claim' },
	/** Drawn in the time axis's break. */
	gap: '…',
	/** Between a label's parts: "Fort Hale reached · 25 May · 60 mi". */
	separator: ' · ',
	/** The description when no point is revealed yet. */
	none: (until: string) => `No position shown yet, up to ${until}.`,
	/** The description's count of the revealed points. */
	positions: (n: number, until: string) => `${n} position${n === 1 ? '' : 's'} up to ${until}`,
	/** The description's latest point: "Fort Hale reached, 60 mi from the delta on 2022-05-25". */
	latest: (label: string, value: string, target: string, date: string) =>
		`the latest: ${label}, ${value} from ${target} on ${date}`,
	/** After the latest point's date, when its source estimates it. */
	estimated: (withTime: boolean) => (withTime ? '(time estimated)' : '(date estimated)'),
	/** The description, once the line has passed the time axis's break. */
	pastBreak: (from: string, to: string) =>
		`The time axis breaks between ${from} and ${to}, marked by two slanted strokes; the line runs on across the break.`,
	/** The data table. */
	table: {
		caption: (measure: string, actor: string, until: string) => `${measure} (${actor}), up to ${until}`,
		date: 'Date',
		event: 'Event',
		claimant: 'Who says so',
		/** After a claimant whose claim its source hedges. */
		claimed: '(claimed)'
	}
} as const;
