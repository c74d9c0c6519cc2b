import { untrack } from 'svelte';
import type { VisualRef } from '../content/types.ts';

/** One drawing in the sticky visual: a kind of visual, at one of its scenes (see `VisualKind.scene`). */
export interface Layer {
	/** The kind and its scene: what tells two layers apart. */
	key: string;
	kind: string;
	/** Unique among the layers, for its drawing's ids: the kind, then the scene's place among the kind's layers. */
	id: string;
}

/**
 * The drawings shown in one place, one layer per kind of visual and scene. The step's layer shows the step's state;
 * every other layer drawn so far stays in the page, hidden, holding the state it last showed, or the state of a step
 * just ahead that `warm` gave it while the browser was idle. A step that changes the kind of visual, or its scene,
 * then only swaps which layer is shown: nothing is created or removed while the reader scrolls, and the layer shown
 * next is already at its state. The shown layer may likewise be primed with a step ahead that it draws too, to draw
 * what that step adds, hidden.
 *
 * What each layer holds is plain memory, read again whenever the shown layer or a warmed layer changes (and, for the
 * shown layer, at every step): writing it as the step's layer is drawn means no second update is ever needed to
 * remember it.
 */
export class VisualLayers {
	#current: () => VisualRef;
	#scene: (visual: VisualRef) => string;
	#drawn: Layer[] = [];
	#held: Record<string, VisualRef['state']> = {};
	/** Layers that have been hidden since they were drawn: showing one again is a reveal. */
	#hidden: Record<string, boolean> = {};
	/** Bumped by `warm`: a reactive change that is not the step's. */
	#warmed = $state(0);
	/** The state of a step ahead that each layer draws too, given by `prime`. */
	#ahead: Record<string, VisualRef['state']> = {};
	/** Bumped by `prime`. */
	#primed = $state(0);
	/**
	 * The key of the step's layer. Only the step's layer reads the step itself: the others read this, which a step that
	 * keeps the same layer leaves unchanged, so they run nothing then.
	 */
	#shown = $derived.by(() => this.#keyOf(this.#current()));

	/** `current` is the step's visual, read reactively; `scene` names a visual's scene ('' when its kind has only one). */
	constructor(current: () => VisualRef, scene: (visual: VisualRef) => string) {
		this.#current = current;
		this.#scene = scene;
	}

	#keyOf(visual: VisualRef) {
		const scene = this.#scene(visual);
		return scene ? `${visual.key} ${scene}` : visual.key;
	}

	/** `visual`'s layer, added to those drawn if it is new. */
	#layerOf(visual: VisualRef): Layer {
		const key = this.#keyOf(visual);
		const known = this.#drawn.find((l) => l.key === key);
		if (known) return known;
		const others = this.#drawn.filter((l) => l.kind === visual.key).length;
		const layer = { key, kind: visual.key, id: others ? `${visual.key}-${others}` : visual.key };
		this.#drawn = [...this.#drawn, layer];
		return layer;
	}

	/** The layers to draw, in the order they were first drawn (so layers never move): the step's among them. */
	get all(): readonly Layer[] {
		void this.#warmed;
		void this.#shown;
		untrack(() => this.#layerOf(this.#current()));
		return this.#drawn;
	}

	/** Whether `layer` is the step's, the one shown. */
	shows(layer: Layer) {
		const shown = this.#shown === layer.key;
		if (!shown) this.#hidden[layer.key] = true;
		return shown;
	}

	/**
	 * Whether the step shows `layer` after it was hidden (drawn ahead, or left and come back to): its marks appear
	 * now, not with the page, and a kind may let them enter (CSS on `.layer.revealed`).
	 */
	revealed(layer: Layer) {
		return this.shows(layer) && !!this.#hidden[layer.key];
	}

	/** The state `layer` draws: the step's own for the step's layer, else the last one it drew or was warmed with. */
	stateOf(layer: Layer): VisualRef['state'] | undefined {
		if (this.#shown === layer.key) {
			const visual = this.#current();
			this.#held[layer.key] = visual.state;
			return visual.state;
		}
		void this.#warmed;
		return this.#held[layer.key];
	}

	/**
	 * The state of the step ahead `layer` will draw, when `prime` gave it one: the kind may draw now, hidden, what that
	 * step adds (`VisualProps.ahead`). A layer keeps it when hidden, so hiding it removes nothing.
	 */
	aheadOf(layer: Layer): VisualRef['state'] | undefined {
		void this.#primed;
		return this.#ahead[layer.key];
	}

	/** Whether `a` and `b` are drawn by the same layer. */
	same(a: VisualRef, b: VisualRef) {
		return this.#keyOf(a) === this.#keyOf(b);
	}

	/**
	 * Draws `visual` now in its hidden layer (created if it has none), so a step ahead finds it ready. Nothing changes
	 * for the step's own layer: that layer is the step's.
	 */
	warm(visual: VisualRef) {
		if (this.same(visual, this.#current())) return;
		const key = this.#keyOf(visual);
		const known = this.#drawn.some((l) => l.key === key);
		if (known && this.#held[key] === visual.state) return;
		this.#layerOf(visual);
		this.#held[key] = visual.state;
		this.#warmed += 1;
	}

	/** Gives the step's layer `visual`, a step ahead that it draws too, to draw hidden what it adds (see `aheadOf`). */
	prime(visual: VisualRef) {
		if (!this.same(visual, this.#current())) return;
		const key = this.#keyOf(visual);
		if (this.#ahead[key] === visual.state) return;
		this.#ahead[key] = visual.state;
		this.#primed += 1;
	}
}
