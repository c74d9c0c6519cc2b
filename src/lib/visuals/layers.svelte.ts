import type { VisualRef } from '../content/types.ts';

/**
 * The kinds of visual drawn in one place, one layer each. The step's kind shows the step's state; every other kind
 * drawn so far stays in the page, hidden, holding the state it last showed, or the state of a step just ahead that
 * `warm` gave it while the browser was idle. A step that changes the kind of visual then only swaps which layer is
 * shown: nothing is created or removed while the reader scrolls, and the layer shown next is already at its state.
 *
 * What each layer holds is plain memory, read again whenever the step or a warmed layer changes: writing it as the
 * step's layer is drawn means no second update is ever needed to remember it.
 */
export class VisualLayers {
	#current: () => VisualRef;
	#drawn: string[] = [];
	#held: Record<string, VisualRef['state']> = {};
	/** Bumped by `warm`: the one reactive change that is not the step's. */
	#warmed = $state(0);

	/** `current` is the step's visual, read reactively. */
	constructor(current: () => VisualRef) {
		this.#current = current;
	}

	/** The kinds to draw, in the order they were first drawn (so layers never move): the step's kind among them. */
	get kinds(): readonly string[] {
		void this.#warmed;
		const { key } = this.#current();
		if (!this.#drawn.includes(key)) this.#drawn = [...this.#drawn, key];
		return this.#drawn;
	}

	/** Whether `kind` is the step's kind, the layer shown. */
	shows(kind: string) {
		return this.#current().key === kind;
	}

	/** The state layer `kind` draws: the step's own for the step's kind, else the last one it drew or was warmed with. */
	stateOf(kind: string): VisualRef['state'] | undefined {
		const visual = this.#current();
		if (visual.key === kind) {
			this.#held[kind] = visual.state;
			return visual.state;
		}
		void this.#warmed;
		return this.#held[kind];
	}

	/**
	 * Draws `visual` now in its hidden layer (created if its kind has none), so a step ahead finds it ready. Nothing
	 * changes for the step's own kind: that layer is the step's.
	 */
	warm(visual: VisualRef) {
		if (this.shows(visual.key)) return;
		const known = this.#drawn.includes(visual.key);
		if (known && this.#held[visual.key] === visual.state) return;
		if (!known) this.#drawn = [...this.#drawn, visual.key];
		this.#held[visual.key] = visual.state;
		this.#warmed += 1;
	}
}
