/**
 * The visuals' layouts and texts, remembered. Components ask here rather than computing; `prepare` asks the same
 * questions ahead of time, in idle moments, for the steps around the reader's, so a step change finds its layout
 * ready and only updates the page (and a kind of visual met for the first time is already compiled by the engine).
 *
 * The cache is keyed by the step's state object, then by the language, what was asked and at which size. A state
 * belongs to one story, whose data do not change while the page is open, so the state stands for the data too.
 */
import type { StoryVisuals, VisualRef } from '../content/types.ts';
import type { Claim } from '../content/types.ts';
import type { AnyVisualKind, VisualInput } from './kind.ts';
import type { Basemap } from './map/types.ts';
import { share } from './shared/share.ts';

const cache = new WeakMap<object, Map<string, unknown>>();
/** Answers kept per state: a text, a table and a few sizes (a rotation, a resize, the static figure). */
const KEPT = 8;

/** The layout last computed for each kind of visual and size, which the next one shares its unchanged parts with. */
const lastLayout = new Map<string, unknown>();
/** Sizes kept in `lastLayout`: a resize goes through many, and only the latest matter. */
const SIZES_KEPT = 6;

/**
 * A layout, remembered like any answer, whose marks are the very objects of the last layout of the same kind and size
 * wherever they are unchanged (see share.ts): the next step's update then touches only what differs.
 */
function rememberLayout<R>(kind: string, state: object, lang: string, size: string, compute: () => R): R {
	return remember(state, `${lang} layout ${size}`, () => {
		const key = `${kind} ${size}`;
		const layout = share(lastLayout.get(key), compute());
		keepLatest(lastLayout, key, layout, SIZES_KEPT);
		return layout;
	});
}

/** Sets `key` in `map` as its newest entry, forgetting the oldest beyond `limit` entries. */
function keepLatest<K, V>(map: Map<K, V>, key: K, value: V, limit: number) {
	map.delete(key);
	map.set(key, value);
	if (map.size > limit) map.delete(map.keys().next().value!);
}

function remember<R>(state: object, question: string, compute: () => R): R {
	let answers = cache.get(state);
	if (!answers) cache.set(state, (answers = new Map()));
	if (answers.has(question)) return answers.get(question) as R;
	const answer = compute();
	keepLatest(answers, question, answer, KEPT);
	return answer;
}

/** A step's layout at `width` × `height`, remembered, sharing unchanged marks with the kind's last layout. */
export const layoutOf = <L>(
	kind: AnyVisualKind,
	input: VisualInput,
	state: object,
	width: number,
	height: number
): L =>
	rememberLayout(kind.key, state, input.lang, `${width}×${height}`, () =>
		kind.layout(input, state, { width, height })
	) as L;

/**
 * The layout of the step ahead that a drawing was primed with (`VisualProps.ahead`), at the same size; none when there
 * is none, or it is the step's own.
 */
export const aheadLayoutOf = <L>(
	kind: AnyVisualKind,
	input: VisualInput,
	state: object,
	ahead: object | undefined,
	width: number,
	height: number
): L | undefined => (ahead && ahead !== state ? layoutOf<L>(kind, input, ahead, width, height) : undefined);

/** A step's title and description, remembered. */
export const textOf = (kind: AnyVisualKind, input: VisualInput, state: object) =>
	remember(state, `${input.lang} text`, () => kind.text(input, state));

/** The data table behind "Show the data" for a step's visual, remembered; none when the kind cannot draw. */
export const tableOf = (kind: AnyVisualKind, input: VisualInput, state: object) =>
	remember(state, `${input.lang} table`, () =>
		kind.ready?.(input) === false ? undefined : kind.table(input, state)
	);

/**
 * What a kind is given, for a story in its language: one object per story, kind and language, so a step's answers
 * can be remembered by its state alone (a state belongs to one story, which speaks one language).
 */
const inputs = new WeakMap<StoryVisuals, Map<string, VisualInput>>();
export function inputOf(
	kind: AnyVisualKind,
	visuals: StoryVisuals,
	claims: Claim[],
	basemap: Basemap | undefined,
	lang: string
): VisualInput {
	let byKind = inputs.get(visuals);
	if (!byKind) inputs.set(visuals, (byKind = new Map()));
	const key = `${kind.key} ${lang}`;
	const known = byKind.get(key);
	if (known && known.claims === claims && known.basemap === basemap) return known;
	const input = {
		config: visuals.config[kind.key],
		rows: visuals.rows[kind.key] ?? [],
		actors: visuals.actors,
		claims,
		basemap,
		lang
	};
	byKind.set(key, input);
	return input;
}

/** Computes, and remembers, everything a step's visual needs to be drawn at `width` × `height`. */
export function prepare(
	kind: AnyVisualKind,
	visual: VisualRef,
	input: VisualInput,
	width: number,
	height: number
) {
	tableOf(kind, input, visual.state);
	if (kind.ready?.(input) === false) return;
	layoutOf(kind, input, visual.state, width, height);
	textOf(kind, input, visual.state);
}

/**
 * Runs `jobs` in turn, one per idle moment of the browser (a 2 s timeout where it never is one), so that none makes a
 * long task of another's; returns a function that stops what is left.
 */
export function inTurnWhenIdle(jobs: readonly (() => void)[]): () => void {
	const queue = [...jobs];
	let stop = () => {};
	const next = () => {
		const job = queue.shift();
		if (!job) return;
		job();
		stop = whenIdle(next);
	};
	stop = whenIdle(next);
	return () => stop();
}

function whenIdle(run: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(run, { timeout: 2000 });
		return () => cancelIdleCallback(handle);
	}
	const handle = setTimeout(run, 50);
	return () => clearTimeout(handle);
}
