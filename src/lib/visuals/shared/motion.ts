import { untrack } from 'svelte';
import { prefersReducedMotion } from 'svelte/motion';

/**
 * Motion between step states: `ms` normally, none for readers who prefer reduced motion. Marks a step change adds
 * have their own entrances (entrance.svelte.ts).
 *
 * The preference is read as the motion starts, untracked: the effect that starts it reruns at every step, and reading
 * it tracked would subscribe anew each time, adding and removing a media-query listener inside the step's update.
 */
export const motion = (ms: number) => (untrack(() => prefersReducedMotion.current) ? 0 : ms);

/** The two names of the sweep's keyframes (defined where the cover is drawn), alternated so each sweep starts afresh. */
export const SWEEP_KEYFRAMES = ['sweep-a', 'sweep-b'] as const;

/**
 * Uncovers a drawing from left to right: the right edge of `cover` (a clip rectangle wider than the drawing) slides
 * from x = `from` to x = `to`, then returns to where it rests, showing whatever lies beyond `to` at the end.
 *
 * A CSS animation: starting it writes two custom properties and a name, and the browser sets it up with the next
 * frame's style. The `element.animate()` it replaces took about 0.7 ms of each such step's update at 1× CPU (CPU
 * profile of a whole scroll).
 */
export function sweep(cover: SVGRectElement, { from, to }: { from: number; to: number }, ms: number) {
	const duration = motion(ms);
	if (duration === 0) return;
	const rest = cover.x.baseVal.value + cover.width.baseVal.value;
	const [a, b] = SWEEP_KEYFRAMES;
	cover.style.setProperty('--sweep-from', `${from - rest}px`);
	cover.style.setProperty('--sweep-to', `${to - rest}px`);
	cover.style.animation = `${cover.style.animationName === a ? b : a} ${duration}ms cubic-bezier(0.33, 1, 0.68, 1)`;
}
