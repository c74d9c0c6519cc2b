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
