import { clamp } from './navigation.ts';
import type { StepOwner } from '../stage/owner.ts';

/**
 * Owns the active step through buttons and keys alone: the mode embeds use, and the fallback where
 * IntersectionObserver is missing. Starts at the first step (or `start`).
 */
export class Stepper implements StepOwner {
	index = $state(0);

	/** `count` says how many steps there are (a function, so it follows the story it belongs to). */
	constructor(
		private readonly count: () => number,
		start = 0
	) {
		this.index = clamp(start, count());
	}

	go(index: number) {
		this.index = clamp(index, this.count());
	}
}
