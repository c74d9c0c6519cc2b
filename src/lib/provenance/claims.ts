import type { Claim, Source, Story } from '../content/types.ts';

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

/** `2016-05-26` → `26 May 2016`, or `about 26 May 2016` when the date is an estimate. */
export function readableDate(iso: string, estimated = false): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${estimated ? 'about ' : ''}${d} ${MONTHS[m! - 1]} ${y}`;
}

/** A claim with the source it is read from. */
export interface Provenance {
	claim: Claim;
	source?: Source;
}

/** Every claim of a story by id, with its source. */
export function provenance(story: Pick<Story, 'claims' | 'sources'>): Map<string, Provenance> {
	const sources = new Map(story.sources.map((s) => [s.id, s]));
	return new Map(story.claims.map((claim) => [claim.id, { claim, source: sources.get(claim.source) }]));
}

/** The steps that rely on each claim, in story order: claim id → step ids. */
export function claimUse(story: Pick<Story, 'chapters'>): Map<string, string[]> {
	const use = new Map<string, string[]>();
	for (const chapter of story.chapters)
		for (const step of chapter.steps)
			for (const id of step.claims) use.set(id, [...(use.get(id) ?? []), step.id]);
	return use;
}
