import { cubicOut } from 'svelte/easing';
import { prefersReducedMotion } from 'svelte/motion';
import type { TransitionConfig } from 'svelte/transition';

/**
 * Motion between step states: `ms` normally, none for readers who prefer reduced motion. Transitions are local, so
 * they play when a step change adds marks, never on a first render, a deep link or a static figure.
 */
export const motion = (ms: number) => (prefersReducedMotion.current ? 0 : ms);

/** A bar grows from its zero line (its left edge). */
export function grow(_node: Element, { duration = motion(400) } = {}): TransitionConfig {
	return {
		duration,
		easing: cubicOut,
		css: (t) => `transform: scaleX(${t}); transform-origin: left; transform-box: fill-box;`
	};
}

/**
 * Uncovers a drawing from left to right: the right edge of `cover` (a clip rectangle wider than the drawing) slides
 * from x = `from` to x = `to`, then returns to where it rests, showing whatever lies beyond `to` at the end.
 */
export function sweep(cover: SVGRectElement, { from, to }: { from: number; to: number }, ms: number) {
	const duration = motion(ms);
	if (duration === 0 || typeof cover.animate !== 'function') return;
	const rest = cover.x.baseVal.value + cover.width.baseVal.value;
	const at = (x: number) => ({
		transform: `translateX(${x - rest}px)`,
		easing: 'cubic-bezier(0.33, 1, 0.68, 1)'
	});
	cover.animate([at(from), { ...at(to), offset: 0.99 }, { transform: 'none' }], { duration });
}

/** A mark fades in. */
export function appear(_node: Element, { duration = motion(300) } = {}): TransitionConfig {
	return { duration, easing: cubicOut, css: (t) => `opacity: ${t}` };
}
