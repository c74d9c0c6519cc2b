import scrollama, { type DecimalType } from 'scrollama';
import { activeIndex, offsetLine } from './active-step.ts';
import { clamp, stepFromHash } from './navigation.ts';
import type { StepOwner } from './owner.ts';

const line = () => offsetLine(window.innerWidth, window.innerHeight);
/** How long after a resize the page may still be settling (layouts that follow it): the step read is held that long. */
const SETTLE_MS = 1000;
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * While the page loads, the browser scrolls to the address's #fragment by itself once the document is parsed (and
 * Chromium again at every layout until the load event), putting the step's top, not its midpoint, at the top: a
 * different step. Taking the fragment out of the address before then cancels that; it is put back in a task after
 * DOMContentLoaded, unless the address has changed meanwhile. History API changes never scroll.
 */
function holdFragment() {
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
 * Owns the active step while the reader scrolls. scrollama's IntersectionObservers report steps crossing the offset
 * line; every report, every scroll and every resize re-derives the active step from the steps' measured midpoints
 * (see activeIndex), so dropped or out-of-order observer events can never leave a wrong state.
 *
 * Use as an attachment on the element that contains the `[data-step]` elements: `{@attach tracker.track}`.
 * A `#step-<id>` in the address on arrival jumps straight to that step, with no replay of the steps before it.
 */
export class StepTracker implements StepOwner {
	/** Index of the active step; -1 before the first step's midpoint crosses the line. */
	index = $state(-1);
	#steps: HTMLElement[] = [];

	/** Scrolls so that step `index`'s midpoint sits just past the offset line. */
	go(index: number, behavior: ScrollBehavior = reducedMotion() ? 'instant' : 'smooth') {
		const el = this.#steps[clamp(index, this.#steps.length)];
		if (!el) return;
		const r = el.getBoundingClientRect();
		window.scrollTo({ top: Math.ceil(window.scrollY + r.top + r.height / 2 - line() + 1), behavior });
	}

	/** Attachment: tracks the `[data-step]` descendants of `root` until the element is removed. */
	track = (root: HTMLElement) => {
		const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
		this.#steps = steps;
		let midpoints: number[] = [];
		const measure = () => {
			const y = window.scrollY;
			// A root with no layout (hidden, or jsdom) has no midpoints, so no step is active.
			if (root.getBoundingClientRect().height === 0) return void (midpoints = []);
			midpoints = steps.map((el) => {
				const r = el.getBoundingClientRect();
				return r.top + y + r.height / 2;
			});
		};
		const derive = () => {
			this.index = activeIndex(midpoints, window.scrollY + line());
		};
		// Without IntersectionObserver (old browsers, jsdom) scrollama cannot run; scroll events still drive the step.
		const scroller = typeof IntersectionObserver === 'function' ? scrollama() : undefined;
		// scrollama accepts pixel offsets ("400px", see its parseOffset); its type declarations only list decimals.
		const offset = () => `${line()}px` as unknown as DecimalType;
		// Set up once: every scrollama setup adds a document scroll listener that destroy() never removes.
		let setUp = false;
		const setUpScrollama = () => {
			if (setUp) return;
			setUp = true;
			scroller?.setup({ step: steps, offset: offset() }).onStepEnter(follow).onStepExit(follow);
		};
		// A rotation or window resize moves every step and the offset line. The reader stays on the step they were
		// reading: whatever reports first after the viewport changed (the resize event, the ResizeObserver, a scroll,
		// scrollama) notes that step before anything is derived from the old measurements, and every relayout in the
		// following second, while the page settles, puts it back on the line.
		const viewportSize = () => `${window.innerWidth}×${window.innerHeight}`;
		let viewport = viewportSize();
		let keep = -1;
		let release: ReturnType<typeof setTimeout> | undefined;
		/** Whether the viewport changed since the last look; if so, the step to keep is noted and the line moved. */
		const resized = () => {
			if (viewportSize() === viewport) return false;
			viewport = viewportSize();
			if (keep < 0) keep = this.index;
			clearTimeout(release);
			release = setTimeout(() => (keep = -1), SETTLE_MS);
			// scrollama 3's offset(x) moves the line; its type declarations still name an older offsetTrigger.
			(scroller as { offset?: (x: DecimalType) => unknown } | undefined)?.offset?.(offset());
			return true;
		};
		// The steps moved (the story's height or the viewport changed): scrollama follows each step's size itself.
		const relayout = () => {
			resized();
			setUpScrollama();
			measure();
			derive();
			if (keep >= 0 && this.index !== keep) {
				this.go(keep, 'instant');
				measure();
				derive();
			}
		};
		// Scrolls and scrollama's reports: after a resize the midpoints are stale, so measure first.
		const follow = () => (resized() ? relayout() : derive());
		const ids = steps.map((el) => el.id.replace(/^step-/, ''));
		const followHash = () => {
			const target = stepFromHash(window.location.hash, ids);
			if (target >= 0) this.go(target, 'instant');
		};
		const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(relayout) : undefined;
		// Measuring the steps forces a layout, and scrollama makes two observers per step: on a page being hydrated
		// that was a third of the hydration task. Unless a deep link needs the steps at once, both wait for the
		// ResizeObserver's first report, which comes just after the browser's own next layout.
		if (stepFromHash(window.location.hash, ids) >= 0) {
			followHash();
			holdFragment();
			relayout();
		} else if (!resize) relayout();
		resize?.observe(root);
		window.addEventListener('scroll', follow, { passive: true });
		window.addEventListener('resize', relayout);
		window.addEventListener('hashchange', followHash);
		return () => {
			clearTimeout(release);
			scroller?.destroy();
			resize?.disconnect();
			window.removeEventListener('scroll', follow);
			window.removeEventListener('resize', relayout);
			window.removeEventListener('hashchange', followHash);
			this.#steps = [];
		};
	};
}
