import scrollama, { type DecimalType } from 'scrollama';
import { activeIndex, offsetLine } from './active-step.ts';
import { clamp } from './navigation.ts';
import type { StepOwner } from '../stage/owner.ts';
import { windowViewport, type Viewport } from './viewport.ts';

/** How long after a resize the page may still be settling (layouts that follow it): the step read is held that long. */
const SETTLE_MS = 1000;
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * Owns the active step while the reader scrolls. scrollama's IntersectionObservers report steps crossing the offset
 * line; every report, every scroll and every resize re-derives the active step from the steps' measured midpoints
 * (see activeIndex), so dropped or out-of-order observer events can never leave a wrong state.
 *
 * Use as an attachment on the element that contains the `[data-step]` elements: `{@attach tracker.track}`.
 * The viewport is the window's unless one is handed in (an embed's host reports its own). `arrival`, read when the
 * steps are attached, names a step to start on (a deep link): the tracker jumps straight there, with no replay of the
 * steps before it.
 */
export class StepTracker implements StepOwner {
	/** Index of the active step; -1 before the first step's midpoint crosses the line. */
	index = $state(-1);
	#steps: HTMLElement[] = [];
	readonly #viewport: Viewport;
	readonly #arrival: () => number;

	constructor({ viewport = windowViewport, arrival = () => -1 }: TrackerOptions = {}) {
		this.#viewport = viewport;
		this.#arrival = arrival;
	}

	/** Where the offset line is, from the top of the viewport. */
	#line = () => offsetLine(this.#viewport.width, this.#viewport.height);

	/** Scrolls so that step `index`'s midpoint sits just past the offset line; `jump` with no motion. */
	go(index: number, jump = reducedMotion()) {
		const el = this.#steps[clamp(index, this.#steps.length)];
		if (!el) return;
		const r = el.getBoundingClientRect();
		const mid = window.scrollY + r.top + r.height / 2;
		this.#viewport.scrollTo(Math.ceil(mid - this.#line() + 1), jump ? 'instant' : 'smooth');
	}

	/** Attachment: tracks the `[data-step]` descendants of `root` until the element is removed. */
	track = (root: HTMLElement) => {
		const viewport = this.#viewport;
		const line = this.#line;
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
			this.index = activeIndex(midpoints, viewport.top + line());
		};
		// Without IntersectionObserver (old browsers, jsdom) scrollama cannot run; scroll events still drive the step.
		// Nor can it see a viewport a host reports: that one's reports drive the step.
		const scroller =
			viewport.observable && typeof IntersectionObserver === 'function' ? scrollama() : undefined;
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
		const viewportSize = () => `${viewport.width}×${viewport.height}`;
		let size = viewportSize();
		let keep = -1;
		let release: ReturnType<typeof setTimeout> | undefined;
		/** Whether the viewport changed since the last look; if so, the step to keep is noted and the line moved. */
		const resized = () => {
			if (viewportSize() === size) return false;
			size = viewportSize();
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
				this.go(keep, true);
				measure();
				derive();
			}
		};
		// Scrolls and scrollama's reports: after a resize the midpoints are stale, so measure first.
		const follow = () => (resized() ? relayout() : derive());
		const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(relayout) : undefined;
		// Measuring the steps forces a layout, and scrollama makes two observers per step: on a page being hydrated
		// that was a third of the hydration task. Unless a deep link needs the steps at once, both wait for the
		// ResizeObserver's first report, which comes just after the browser's own next layout.
		const arrival = this.#arrival();
		if (arrival >= 0) {
			this.go(arrival, true);
			relayout();
		} else if (!resize) relayout();
		resize?.observe(root);
		const unlisten = viewport.listen(follow, relayout);
		return () => {
			clearTimeout(release);
			scroller?.destroy();
			resize?.disconnect();
			unlisten();
			this.#steps = [];
		};
	};
}

export interface TrackerOptions {
	/** The visible area to follow: the window's by default. */
	viewport?: Viewport;
	/** The step to start on when the steps are attached (a deep link), or -1. */
	arrival?: () => number;
}
