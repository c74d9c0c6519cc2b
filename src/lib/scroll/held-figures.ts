import type { Attachment } from 'svelte/attachments';

/**
 * How a step shows its static figure: drawn (`true`), left out (`false`), or `'held'`: drawn inside a
 * `<noscript data-figure>`. The story page holds its figures so: readers without JavaScript see them as usual, and
 * with JavaScript the browser keeps them as text, not as 32 hidden figures to parse and style on the way to the first
 * step. `releaseFigures` draws them when they are wanted.
 */
export type FigureMode = boolean | 'held';

/** Replaces each held figure under `root` by the figure itself, once. */
export function releaseHeld(root: ParentNode): void {
	for (const held of root.querySelectorAll('noscript[data-figure]')) {
		// With scripting on, a <noscript>'s content is text: the figure's own markup, as the server wrote it.
		const template = document.createElement('template');
		template.innerHTML = held.textContent ?? '';
		held.replaceWith(template.content);
	}
}

/**
 * Releases the held figures under the element whenever `wanted()` is true: the article layout, print. It runs again
 * when `wanted` changes, so inside a `flushSync` (the `beforeprint` handler) the figures are in place before the
 * browser lays out the printed page.
 */
export const releaseFigures =
	(wanted: () => boolean): Attachment<HTMLElement> =>
	(root) => {
		if (wanted()) releaseHeld(root);
	};
