import { clamp } from '../scroll/navigation.ts';
import type { StepOwner } from '../stage/owner.ts';
import { stepFromQuery, withStep } from './query.ts';

/**
 * Owns the active step through the address (`?step=<id>`): the classroom presenter's owner. Keys, buttons and the
 * presenter view only change the address; a reload, or Back to the presentation, opens the same step. The address
 * is replaced, not pushed, so Back leaves the presentation rather than stepping through it.
 */
export class UrlOwner implements StepOwner {
	index = $state(0);
	/** The `?step=` the address had on arrival, when it named no step. */
	readonly unknown: string | undefined;

	constructor(private readonly ids: () => readonly string[]) {
		const arrival = stepFromQuery(location.search, ids());
		this.index = arrival.index;
		this.unknown = arrival.unknown;
	}

	go(index: number) {
		const ids = this.ids();
		const next = clamp(index, ids.length);
		if (next === this.index || !ids[next]) return;
		this.index = next;
		history.replaceState(history.state, '', withStep(location.search, ids[next]) + location.hash);
	}

	/** Follows the address when it changes under the page (Back and Forward between presentations). */
	listen = () => {
		const follow = () => (this.index = stepFromQuery(location.search, this.ids()).index);
		window.addEventListener('popstate', follow);
		return () => window.removeEventListener('popstate', follow);
	};
}
