import type { Attachment } from 'svelte/attachments';

/**
 * Entrances for the marks a step change adds. A chart calls `entrance()` as it initialises and attaches the result to
 * its marks (`{@attach enter}`). Marks drawn with the chart itself (a first render, a deep link, a static figure, a
 * visual drawn ahead while hidden) stay as they are; marks added later get the class `entering`, whose CSS animation
 * the chart defines, for readers who have not asked for reduced motion.
 *
 * A class is all a step change writes: the browser starts the animation with the next frame's style. Svelte's `in:`
 * transitions computed keyframes and called `element.animate()` twice for every new mark, in the step's own task.
 */
export function entrance(): Attachment<Element> {
	let drawn = false;
	$effect(() => {
		drawn = true;
	});
	return (node) => {
		if (drawn) node.classList.add('entering');
	};
}
