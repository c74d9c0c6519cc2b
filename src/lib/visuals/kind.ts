/**
 * A kind of visual: how it lays out a step's state, what it says of it (title, description, data table) and the
 * component that draws it. `visuals/index.ts` lists the kinds; what each checks is its spec (`<kind>/spec.ts`).
 */
import type { Component } from 'svelte';
import type { Actor, Claim } from '../content/types.ts';
import type { Basemap } from './map/types.ts';
import type { TableModel } from './shared/table.ts';

/** Everything a kind is given to draw a story's step: the same for every step of the story. */
export interface VisualInput<Config = unknown, Row = unknown> {
	/** The kind's section of the story's `visuals.yaml`. */
	config: Config;
	/** The rows of the kind's data file. */
	rows: Row[];
	/** The story's actors: names and colours. */
	actors: Actor[];
	/** The story's claims: who says so, and whether hedged. */
	claims: Claim[];
	/** The projected map, computed at build time (map kinds). */
	basemap?: Basemap;
	/** The story's language: the kind's words are `wordsFor(lang).visuals.<kind>`, its dates and numbers format.ts's. */
	lang: string;
}

export interface Size {
	width: number;
	height: number;
}

/** A visual's words at a step: its title and the description generated from the state. */
export interface VisualText {
	title: string;
	description: string;
}

/** What every kind's component is handed. */
export interface VisualProps<Config = unknown, Row = unknown, State = unknown> {
	/** What the kind draws from. */
	input: VisualInput<Config, Row>;
	/** The step's state. */
	state: State;
	/**
	 * The state of a step ahead that this drawing will show, given while the browser is idle (none in a static figure).
	 * A kind may draw now, hidden, the marks that step adds, so the step change only reveals them (shared/ahead.ts).
	 */
	ahead?: State;
	/** Drawing size in CSS pixels. */
	width: number;
	height: number;
	/** Id prefix for title, description and defs, unique on the page. */
	uid: string;
}

/**
 * A kind as the page draws it. Its checks (the spec) are not here: they run at build time, and the page's script
 * carries no validator. `visuals/specs.ts` lists the specs, under the same keys.
 */
export interface VisualKind<Config = unknown, Row = unknown, State = unknown, Layout = unknown> {
	/** The key steps name in `visual:`, and the kind's section of `visuals.yaml`. */
	key: string;
	/** Whether it can draw with this input (a map needs its basemap). */
	ready?(input: VisualInput<Config, Row>): boolean;
	/**
	 * Which of the kind's scenes a state belongs to (every state is in one scene when left out). The sticky visual
	 * draws each scene as a layer of its own: a step within a scene updates that drawing, a step to another scene
	 * shows that scene's drawing, made ahead while the browser was idle (see layers.svelte.ts).
	 */
	scene?(state: State): string;
	layout(input: VisualInput<Config, Row>, state: State, size: Size): Layout;
	text(input: VisualInput<Config, Row>, state: State): VisualText;
	table(input: VisualInput<Config, Row>, state: State): TableModel;
	/**
	 * Draws a state. A drawing taller than its frame scrolls inside it: mark the mark in focus `data-focus`, and each
	 * step scrolls it into view (shared/focus-in-view.ts). Take the layout from `layoutOf` (prepared.ts), one derived
	 * per part (`const { marks, labels } = $derived(layoutOf(...))`): a part a step leaves unchanged is then the very
	 * object it was, and nothing that draws it runs again.
	 */
	component: Component<VisualProps<Config, Row, State>>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyVisualKind = VisualKind<any, any, any, any>;
