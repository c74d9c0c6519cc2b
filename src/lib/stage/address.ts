// The address and the active step, both ways, in one place: a `#step-<id>` in the address (on arrival, or when the
// reader follows a link on the page) asks the owner for that step; the step the owner settles on is written back with
// history.replaceState, which never scrolls and adds no history entry.
import { stepFromHash } from '../scroll/navigation.ts';
import type { StepOwner } from './owner.ts';

/** The step the address names (`#step-<id>`), as an index into `ids`; -1 when it names none or there is no window. */
export const stepInAddress = (ids: readonly string[]) =>
	typeof location === 'undefined' ? -1 : stepFromHash(location.hash, ids);

/**
 * While the page loads, the browser scrolls to the address's #fragment by itself once the document is parsed (and
 * Chromium again at every layout until the load event), putting the step's top, not its midpoint, at the top: a
 * different step. Taking the fragment out of the address before then cancels that; it is put back in a task after
 * DOMContentLoaded, unless the address has changed meanwhile. History API changes never scroll.
 */
export function holdFragment() {
	const { hash } = window.location;
	if (!hash || document.readyState === 'complete') return;
	const without = window.location.pathname + window.location.search;
	history.replaceState(history.state, '', without);
	const restore = () =>
		setTimeout(() => {
			if (window.location.href.endsWith(without)) history.replaceState(history.state, '', without + hash);
		});
	if (document.readyState === 'loading')
		document.addEventListener('DOMContentLoaded', restore, { once: true });
	else restore();
}

/**
 * Ties the address to `owner` for the steps `ids`: a later `#step-<id>` (a link on the page, the reader editing the
 * address) jumps there; `step(id)` writes the step out (see followSteps). The arrival's own fragment is the view's to
 * read (`stepInAddress`), since only it knows when its steps can be reached. `stop()` undoes both.
 */
export function followAddress(owner: StepOwner, ids: () => readonly string[]) {
	const hashchange = () => {
		const target = stepFromHash(location.hash, ids());
		if (target >= 0) owner.go(target, true);
	};
	window.addEventListener('hashchange', hashchange);
	const out = followSteps((hash) =>
		history.replaceState(history.state, '', hash || location.pathname + location.search)
	);
	return {
		step: out.step,
		stop() {
			out.stop();
			window.removeEventListener('hashchange', hashchange);
		}
	};
}

/**
 * Makes the address follow the reader: at most one update per step change, and never more often than every
 * `interval` ms (browsers cap history updates: Safari at 100 per 30 s). The last step asked for always lands;
 * `replace` receives `#step-<id>`, or an empty string before the first step. The update always waits for a later task:
 * history.replaceState costs about 2 ms in Chromium, and a step change must not wait for it.
 */
export function followSteps(replace: (hash: string) => void, interval = 350, now = () => Date.now()) {
	let shown = '';
	let wanted = '';
	let last = -Infinity;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const flush = () => {
		timer = undefined;
		if (wanted === shown) return;
		shown = wanted;
		last = now();
		replace(wanted ? `#step-${wanted}` : '');
	};
	return {
		/** The reader is now on step `id` ('' before the first step). */
		step(id: string) {
			wanted = id;
			if (timer !== undefined) return;
			timer = setTimeout(flush, Math.max(0, last + interval - now()));
		},
		/** Stops any pending update. */
		stop() {
			if (timer !== undefined) clearTimeout(timer);
		}
	};
}
