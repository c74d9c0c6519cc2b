/**
 * The contested-counts chart's spec: its configuration (`counts:` in visuals.yaml), its data file (`data/counts.csv`)
 * and a step's state, checked against the story. Pure: the content layer runs it at build time and in `check:stories`.
 */
import type { Column } from '../../content/datasets.ts';
import type { KindSpec, StoryRefs } from '../../content/kinds.ts';
import {
	idFrom,
	kebab,
	list,
	number,
	object,
	optional,
	text,
	type Check,
	type Issue,
	type Path
} from '../../content/schema.ts';

/** Kinds of count every story can use, and the word that follows the number ("3 killed"). */
export const BUILT_IN_KINDS: Record<string, string> = {
	killed: 'killed',
	wounded: 'wounded',
	'killed-and-wounded': 'killed and wounded',
	dead: 'dead',
	captured: 'captured',
	missing: 'missing',
	displaced: 'displaced'
};

export interface CountsConfig {
	/** The chart's title: "Flood tolls by who reports them". */
	title: string;
	/** What the figures are, in the description's sentences ("3 groups of flood tolls"); "figures" by default. */
	noun?: string;
	/** Every kind of count the story may use, built in or declared: id → the word after the number. */
	kinds: Record<string, string>;
	/** Every group of data/counts.csv, in the file's order of declaration here, with its title. */
	groups: { id: string; title: string }[];
}

/** One reported figure: one side, one kind, one claimant (through its claim). */
export interface CountReport {
	id: string;
	/** The comparison it belongs to: reports of the same event share a group. */
	group: string;
	/** An actor id. */
	side: string;
	/** A kind of count (CountsConfig.kinds). */
	kind: string;
	/** A whole number of people or things, or an amount with decimals ("81.2 billion dollars"). */
	count: number;
	/** Upper end when the claim gives a range ("2,000–2,500"). */
	high?: number;
	claim: string;
}

/** What a step asks the counts chart to show. */
export interface CountsState {
	/** Group ids, in display order. */
	groups: string[];
	/** Highlight the figures of this claim. */
	focus?: string;
}

const configSchema = object({
	title: text(),
	noun: optional(text()),
	kinds: optional(list(object({ id: kebab, word: text() }))),
	groups: list(object({ id: kebab, title: text() }), 'a list of groups, each "- id: …, title: …"')
});

/** A number written plainly in a cell, whole or with decimals: "1464", "81.2" (no sign, no separators). */
const amount: Check<number> = (v, path, issues) =>
	number('a number like 1464 or 81.2')(
		typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v,
		path,
		issues
	);

/** An amount, or an empty cell (null: no upper end). */
const optionalAmount: Check<number | null> = (v, path, issues) => (v === '' ? null : amount(v, path, issues));

/** Whether no two entries share an id; pushes one issue per repeat, at its id. */
function unique(entries: readonly { id: string }[], path: Path, what: string, issues: Issue[]): boolean {
	const seen = new Set<string>();
	let ok = true;
	entries.forEach((e, i) => {
		if (seen.has(e.id)) {
			ok = false;
			issues.push({ path: [...path, i, 'id'], message: `duplicate ${what} "${e.id}"` });
		}
		seen.add(e.id);
	});
	return ok;
}

export const countsSpec: KindSpec<CountsConfig> = {
	key: 'counts',
	name: 'counts chart',
	data: {
		file: 'data/counts.csv',
		columns: (refs: StoryRefs, config): Column[] => [
			{ name: 'id', check: kebab },
			{
				name: 'group',
				check: config
					? idFrom('group', () => config.groups.map((g) => g.id), 'counts.groups in visuals.yaml')
					: kebab
			},
			{ name: 'side', check: idFrom('side', () => refs.actors, 'actors in visuals.yaml') },
			{
				name: 'kind',
				check: idFrom(
					'kind of count',
					() => Object.keys(config?.kinds ?? BUILT_IN_KINDS),
					'the built-in kinds or counts.kinds in visuals.yaml'
				)
			},
			{ name: 'count', check: amount },
			{ name: 'high', check: optionalAmount },
			{ name: 'claim', check: kebab }
		]
	},
	config: () => (v, path, issues) => {
		const c = configSchema(v, path, issues);
		if (!c) return undefined;
		// A story's kind may reword a built-in one (it keeps its place in the order) but not be declared twice.
		const kinds = { ...BUILT_IN_KINDS };
		let ok = unique(c.kinds ?? [], [...path, 'kinds'], 'kind of count', issues);
		for (const k of c.kinds ?? []) kinds[k.id] = k.word;
		ok = unique(c.groups, [...path, 'groups'], 'group', issues) && ok;
		if (!ok) return undefined;
		return { title: c.title, ...(c.noun === undefined ? {} : { noun: c.noun }), kinds, groups: c.groups };
	},
	state: (_refs, _config, declared) =>
		object({
			groups: list(idFrom('group', () => declared('group'), 'data/counts.csv')),
			focus: optional(idFrom('claim with counts', () => declared('claim'), 'data/counts.csv'))
		})
};
