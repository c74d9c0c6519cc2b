/**
 * The actors of a story's visuals (`visuals.yaml`, `actors:`): the sides of a count, whose line a progress chart
 * draws, who made a map's marks. Each has a colour, checked for contrast where the visuals draw it: as text on the
 * page (WCAG 1.4.3, 4.5:1) and as marks on the map's land and sea (WCAG 1.4.11, 3:1).
 */
import { contrast, over } from './contrast.ts';
import { kebab, object, optional, text, type Check } from './schema.ts';

export interface Actor {
	id: string;
	/** In full, for tables and descriptions: "Northern army (NA) forces". */
	name: string;
	/** For legends: "Red forces". */
	short: string;
	/** For legends on phones: "GNA". */
	tiny: string;
	/** `#rrggbb`. */
	colour: string;
}

/** What actors' colours are drawn on: the page, for text; the map's fills, for marks. */
export const GROUNDS = {
	text: { min: 4.5, on: { 'the page background': '#ffffff' } },
	marks: {
		min: 3,
		on: { 'the map land': '#e4e3df', 'the neighbouring land': '#f3f3f1', 'the sea': '#dfe9f0' }
	}
} as const;
/** A counts chart dims the claims not in focus to this opacity: dimmed bars still carry data (3:1 on the page). */
export const DIMMED = 0.7;

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A `#rrggbb` colour that reaches the contrast the visuals need on every ground they draw it on. */
export const actorColour: Check<string> = (v, path, issues) => {
	if (typeof v !== 'string' || !/^#[0-9a-f]{6}$/i.test(v)) {
		issues.push({
			path,
			message: 'wrong value',
			expected: 'a colour like "#0b5394"',
			found: JSON.stringify(v)
		});
		return undefined;
	}
	let ok = true;
	for (const { min, on } of Object.values(GROUNDS))
		for (const [ground, hex] of Object.entries(on)) {
			const ratio = contrast(v, hex);
			if (ratio >= min) continue;
			ok = false;
			issues.push({
				path,
				message: `the colour ${v} reaches ${round2(ratio)}:1 against ${ground} (${hex})`,
				expected: `a darker colour, at least ${min}:1`,
				found: v
			});
		}
	const dimmed = contrast(over(v, DIMMED, '#ffffff'), '#ffffff');
	if (dimmed < GROUNDS.marks.min) {
		ok = false;
		issues.push({
			path,
			message: `the colour ${v}, dimmed to ${DIMMED * 100}% as a counts chart draws claims out of focus, reaches ${round2(dimmed)}:1 against the page background (#ffffff)`,
			expected: `a darker colour, at least ${GROUNDS.marks.min}:1 when dimmed`,
			found: v
		});
	}
	return ok ? v.toLowerCase() : undefined;
};

const actorSchema = object({
	id: kebab,
	name: text(),
	short: text(),
	tiny: optional(text()),
	colour: actorColour
});

export const actorCheck: Check<Actor> = (v, path, issues) => {
	const a = actorSchema(v, path, issues);
	return a && { id: a.id, name: a.name, short: a.short, tiny: a.tiny ?? a.short, colour: a.colour };
};
