import type { Viewport } from '../scroll/viewport.ts';

/** What a host reports of its viewport: its size, and where the embed's frame sits in it (getBoundingClientRect). */
export interface HostReport {
	width: number;
	height: number;
	top: number;
}

/**
 * The host page's viewport, as the host reports it (pym's trackscroll, or our loader): the visible part of an embed
 * that is as tall as its chapter. The frame's own window never scrolls then, so this document's y at the top of what
 * the reader sees is minus the frame's top in the host's viewport. `scrollTo` asks the host to scroll
 * (`askScroll`, pym's scrollToChildPos).
 */
export class HostViewport implements Viewport {
	/** The last report; undefined until the host has said anything. */
	report: HostReport | undefined = $state.raw();
	readonly observable = false;
	// Listeners, not state: nothing renders from them.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#scrolled = new Set<() => void>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#resized = new Set<() => void>();

	constructor(private readonly askScroll: (top: number) => void) {}

	get width() {
		return this.report?.width ?? 0;
	}
	get height() {
		return this.report?.height ?? 0;
	}
	get top() {
		return window.scrollY - (this.report?.top ?? 0);
	}

	/** A new report from the host: listeners hear of a move, or of a resize when the size changed. */
	update(report: HostReport) {
		const resized = report.width !== this.width || report.height !== this.height;
		this.report = report;
		for (const listener of resized ? this.#resized : this.#scrolled) listener();
	}

	scrollTo(top: number) {
		this.askScroll(Math.round(top));
	}

	listen(scrolled: () => void, resized: () => void) {
		this.#scrolled.add(scrolled);
		this.#resized.add(resized);
		return () => {
			this.#scrolled.delete(scrolled);
			this.#resized.delete(resized);
		};
	}
}
