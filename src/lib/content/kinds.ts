/**
 * What the content layer needs to know of a kind of visual, handed in by the caller (the kinds' list is
 * `visuals/specs.ts`): the content layer imports no visual. A kind reads its section of `visuals.yaml`, an optional
 * data file, and each step's state, and checks all three against what the story declares.
 */
import type { Column } from './datasets.ts';
import type { Check } from './schema.ts';

/** A place of the gazetteer, as far as references need it. */
export interface PlaceRef {
	id: string;
	name: string;
	lat: number;
	lon: number;
}

/** The ids a story declares, valid entries or not, for checking references (a broken row is reported once). */
export interface StoryRefs {
	/** Gazetteer places that parsed with their coordinates. */
	places: PlaceRef[];
	/** Every place id declared, valid or not. */
	placeIds: string[];
	/** Actor ids declared in `visuals.yaml`. */
	actors: string[];
	/** Claim ids declared in `claims.yaml`. */
	claims: string[];
}

/** The distinct values of one column of the kind's data file, valid rows or not. */
export type Declared = (column: string) => string[];

export interface KindSpec<Config = unknown> {
	/** What a step names in `visual:`, and its section of `visuals.yaml`. */
	key: string;
	/** Human name, in diagnostics. */
	name: string;
	/** The kind's data file (`data/<key>.csv`) and its columns, which may depend on the story's configuration. */
	data?: { file: string; columns: (refs: StoryRefs, config: Config | undefined) => Column[] };
	/** Checks the kind's section of `visuals.yaml`. */
	config: (refs: StoryRefs) => Check<Config>;
	/** Checks a step's state, once the kind's configuration is known to be valid. */
	state: (refs: StoryRefs, config: Config, declared: Declared) => Check<Record<string, unknown>>;
}

/** A kind, its configuration erased: the list the content layer is handed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyKindSpec = KindSpec<any>;
