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

/** A mark fades in. */
export function appear(_node: Element, { duration = motion(300) } = {}): TransitionConfig {
	return { duration, easing: cubicOut, css: (t) => `opacity: ${t}` };
}
