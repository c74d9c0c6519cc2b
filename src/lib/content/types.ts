/** The typed, serialisable story the build produces from `stories/<slug>/`. Everything here is plain data. */
import type { Actor } from './actors.ts';

export type { Actor };

/** A published article or report that claims come from. */
export interface Source {
	id: string;
	title: string;
	outlet: string;
	/** Publication date, YYYY-MM-DD. */
	date: string;
	/** True when `date` is an estimate (the article carries no date of its own). */
	estimated: boolean;
	url: string;
	author?: string;
	note?: string;
}

/** One figure or statement, with who makes it and where. */
export interface Claim {
	id: string;
	/** What is claimed, as shown to readers: "7 killed, 19 wounded", "60 km". */
	value: string;
	/** The unit of a single measured quantity ("km", "people killed", "air strikes"); absent for events. */
	unit?: string;
	/** Who says so: "Jane Roes, Milford hospital spokesman". */
	claimant: string;
	/** The source id it is read from. */
	source: string;
	/** True when the source itself hedges ("reportedly", "claims", "said to be"). */
	hedged: boolean;
	/** The hedge word(s) when hedged. */
	hedge?: string;
	/** Context for readers: corroboration, disagreement, correction. */
	note?: string;
}

/** A person, group or place whose name is spelled several ways across sources. */
export interface Entity {
	id: string;
	name: string;
	kind: 'person' | 'group' | 'operation' | 'organisation';
	variants: string[];
	note?: string;
}

/** Where sources disagree with each other or with the record, explained in plain language. */
export interface Inconsistency {
	id: string;
	topic: string;
	detail: string;
	/** The claims concerned. */
	claims: string[];
}

/** A place of the story's gazetteer. */
export interface Place {
	id: string;
	name: string;
	/** Other spellings found in sources. */
	variants: string[];
	lat: number;
	lon: number;
	/** True when the coordinates are interpolated from a reported distance, not surveyed. */
	estimated: boolean;
	note?: string;
}

/** Which visual a step shows, and the state it shows it in (validated by the kind, see content/kinds.ts). */
export interface VisualRef {
	key: string;
	state: Record<string, unknown>;
}

export interface Step {
	/** Kebab-case and stable: it is the deep link `#step-<id>`. */
	id: string;
	/** The step's text, rendered to safe HTML at build time. */
	html: string;
	visual: VisualRef;
	/** One to three sentences saying what the visual shows at this step. */
	alt: string;
	/** Speaker notes for a teacher presenting the step, if the story has them. */
	notes?: string;
	/** Minutes the presenter plans to spend on the step (the presenter view's pacing). */
	minutes?: number;
	/** Ids of the claims the step relies on. */
	claims: string[];
}

export interface Chapter {
	/** Kebab-case id from the file name: `01-alder-ash.md` → `alder-ash`. */
	id: string;
	number: number;
	title: string;
	steps: Step[];
}

/**
 * What the story's visuals are given: its actors, and each kind's configuration (its section of `visuals.yaml`) and
 * data rows (its `data/<kind>.csv`), by kind key. Only the kind reads its own configuration and rows.
 */
export interface StoryVisuals {
	actors: Actor[];
	config: Record<string, unknown>;
	rows: Record<string, unknown[]>;
}

export interface Story {
	slug: string;
	/** The language of its text and interface words (`lang:` in story.md; "en" by default). */
	lang: string;
	title: string;
	dek: string;
	/** The step whose visual pictures the story on the index (`cover:` in story.md; the first step by default). */
	cover: string;
	/** Optional intro, safe HTML. */
	intro: string;
	chapters: Chapter[];
	sources: Source[];
	claims: Claim[];
	entities: Entity[];
	inconsistencies: Inconsistency[];
	/** The gazetteer. */
	places: Place[];
	visuals: StoryVisuals;
}

/** What the index page needs of a story: its title, dek and chapters, and the step whose visual pictures it. */
export interface StorySummary {
	slug: string;
	title: string;
	dek: string;
	chapters: { id: string; title: string; steps: number }[];
	/** The step whose visual the index shows: `cover:` in story.md, else the first step. */
	cover: string;
}
