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
