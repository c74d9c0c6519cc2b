import type { Claim, Source, Story } from '../content/types.ts';

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
