/**
 * The map diagram's interface words, in English: everything it says that is not the story's (titles, phrases, labels
 * and rows come from the story's `visuals.yaml`). One table, so a locale can replace it whole.
 */
export const WORDS = {
	/** The legend's entry for dashed marks, unless the story gives its own (`map.dashed`). */
	dashed: 'Dashed: announced or reported',
	/** The scale bar's label. */
	scale: (km: number) => `${km} km`,
	/** The description's sentence of what the map shows. */
	shows: (phrases: string) => `It shows ${phrases}.`,
	/** The description when no layer is drawn. */
	nothing: 'Nothing is marked on it.',
	/** The description's last sentence, when a place is highlighted. */
	highlighted: (place: string, approximate: boolean) =>
		`${place} is highlighted${approximate ? ' (position approximate)' : ''}.`,
	/** Joins the phrases of several layers: "a; b; and c". */
	list: (items: readonly string[]) =>
		items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1]}`,
	/** The data table. */
	table: {
		caption: (title: string, focus?: string) =>
			`${title}: what the map shows${focus ? `, with ${focus} highlighted` : ''}`,
		columns: ['Actor', 'What', 'Where', 'Status']
	}
} as const;
