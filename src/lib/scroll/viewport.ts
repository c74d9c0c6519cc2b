/**
 * The visible area the scroll tracker reads: the window's own, or one a host page reports for an embed that is as tall
 * as its chapter (src/lib/embed/host-viewport.ts). Positions are in this document's coordinates.
 */
export interface Viewport {
	/** Size of the visible area, in CSS pixels. */
	readonly width: number;
	readonly height: number;
	/** This document's y at the top of the visible area. */
	readonly top: number;
	/** Whether IntersectionObservers see this area (the window's do; a host's area is beyond them). */
	readonly observable: boolean;
	/** Brings this document's y `top` to the top of the visible area. */
	scrollTo(top: number, behavior: ScrollBehavior): void;
	/** Calls `scrolled` when the area moves and `resized` when its size changes; returns the cleanup. */
	listen(scrolled: () => void, resized: () => void): () => void;
}

/** The browser window. */
export const windowViewport: Viewport = {
	get width() {
		return window.innerWidth;
	},
	get height() {
		return window.innerHeight;
	},
	get top() {
		return window.scrollY;
	},
	observable: true,
	scrollTo: (top, behavior) => window.scrollTo({ top, behavior }),
	listen(scrolled, resized) {
		window.addEventListener('scroll', scrolled, { passive: true });
		window.addEventListener('resize', resized);
		return () => {
			window.removeEventListener('scroll', scrolled);
			window.removeEventListener('resize', resized);
		};
	}
};
