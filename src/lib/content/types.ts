/** The typed, serialisable story the build produces from `stories/<slug>/`. Everything here is plain data. */

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
	/** Who says so: "Aziz Issa, Misrata hospital spokesman". */
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
	kind: 'person' | 'group' | 'operation';
	variants: string[];
	note?: string;
}

/** A dated event on the advance chart: where the GNA forces' front stood, and who says so. */
export interface AdvanceEvent {
	id: string;
	date: string;
	/** True when the date is an estimate or disputed. */
	estimated: boolean;
	/** Short label shown on the chart: "Abu Grain retaken". */
	label: string;
	/** The place's gazetteer id. */
	place: string;
	/** Distance to Sirte in km, as the claim gives it. */
	km: number;
	/** The claim for the distance or event. */
	claim: string;
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

/** One reported casualty figure: one side, one kind, one claimant (through its claim). */
export interface CasualtyReport {
	id: string;
	/** The comparison it belongs to: reports of the same event share a group ("abu-grain"). */
	group: string;
	side: 'gna' | 'is' | 'civilian';
	kind: 'killed' | 'wounded' | 'captured';
	count: number;
	/** Upper end when the claim gives a range ("2,000–2,500"); otherwise undefined. */
	high?: number;
	claim: string;
}

/** Which visual a step shows, and the state it shows it in (validated per visual, see visuals/registry.ts). */
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
	/** Speaker notes for a teacher presenting the step. */
	notes: string;
	/** Ids of the claims the step relies on. */
	claims: string[];
}

export interface Chapter {
	/** Kebab-case id from the file name: `01-abu-grain.md` → `abu-grain`. */
	id: string;
	number: number;
	title: string;
	steps: Step[];
}

/** The data files of a story, parsed and validated. */
export interface StoryData {
	places: Place[];
	advance: AdvanceEvent[];
	casualties: CasualtyReport[];
}

export interface Story {
	slug: string;
	title: string;
	dek: string;
	/** Optional intro, safe HTML. */
	intro: string;
	chapters: Chapter[];
	sources: Source[];
	claims: Claim[];
	entities: Entity[];
	inconsistencies: Inconsistency[];
	data: StoryData;
}

/** What the index page needs of a story. */
export interface StorySummary {
	slug: string;
	title: string;
	dek: string;
	chapters: { id: string; title: string; steps: number }[];
}
