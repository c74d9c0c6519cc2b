import scrollama, { type DecimalType } from 'scrollama';
import { activeIndex, offsetLine } from './active-step.ts';

/**
 * Owns the active step while the reader scrolls. scrollama's IntersectionObservers report steps crossing the offset
 * line; every report, every scroll and every resize re-derives the active step from the steps' measured midpoints
 * (see activeIndex), so dropped or out-of-order observer events can never leave a wrong state.
 *
 * Use as an attachment on the element that contains the `[data-step]` elements: `{@attach tracker.track}`.
 */
export class StepTracker {
	/** Index of the active step; -1 before the first step's midpoint crosses the line. */
	index = $state(-1);

	/** Attachment: tracks the `[data-step]` descendants of `root` until the element is removed. */
	track = (root: HTMLElement) => {
		const steps = Array.from(root.querySelectorAll<HTMLElement>('[data-step]'));
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
			this.index = activeIndex(midpoints, window.scrollY + offsetLine(window.innerWidth, window.innerHeight));
		};
		// Without IntersectionObserver (old browsers, jsdom) scrollama cannot run; scroll events still drive the step.
		const scroller = typeof IntersectionObserver === 'function' ? scrollama() : undefined;
		// scrollama accepts pixel offsets ("400px", see its parseOffset); its type declarations only list decimals.
		const pixels = () => `${offsetLine(window.innerWidth, window.innerHeight)}px` as unknown as DecimalType;
		const setup = () =>
			scroller?.setup({ step: steps, offset: pixels() }).onStepEnter(derive).onStepExit(derive);
		const relayout = () => {
			measure();
			scroller?.destroy();
			setup();
			derive();
		};
		measure();
		setup();
		derive();
		const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(relayout) : undefined;
		resize?.observe(root);
		window.addEventListener('scroll', derive, { passive: true });
		window.addEventListener('resize', relayout);
		return () => {
			scroller?.destroy();
			resize?.disconnect();
			window.removeEventListener('scroll', derive);
			window.removeEventListener('resize', relayout);
		};
	};
}
