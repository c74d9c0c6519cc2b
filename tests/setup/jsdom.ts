// jsdom has no layout, so no ResizeObserver: Svelte's bind:clientWidth needs the constructor to exist.
// Nothing ever resizes in jsdom, so an observer that never reports is faithful to it.
if (typeof globalThis.ResizeObserver !== 'function') {
	globalThis.ResizeObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
}

// jsdom has no media either: no media query matches (no print, no reduced-motion preference).
if (typeof window.matchMedia !== 'function') {
	window.matchMedia = (query: string) =>
		({
			matches: false,
			media: query,
			onchange: null,
			addEventListener() {},
			removeEventListener() {},
			addListener() {},
			removeListener() {},
			dispatchEvent: () => false
		}) as MediaQueryList;
}

// jsdom has no Web Animations (Svelte's transitions use element.animate): an animation that finishes at once is
// faithful to a document that never paints.
if (typeof Element.prototype.animate !== 'function') {
	Element.prototype.animate = function () {
		const animation = {
			currentTime: 0,
			playState: 'finished',
			finished: Promise.resolve(),
			cancel() {},
			finish() {},
			pause() {},
			play() {},
			reverse() {},
			addEventListener() {},
			removeEventListener() {}
		};
		Object.defineProperty(animation, 'onfinish', {
			get: () => null,
			set: (done: (() => void) | null) => queueMicrotask(() => done?.())
		});
		return animation as unknown as Animation;
	};
}
