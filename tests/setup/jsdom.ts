// jsdom has no layout, so no ResizeObserver: Svelte's bind:clientWidth needs the constructor to exist.
// Nothing ever resizes in jsdom, so an observer that never reports is faithful to it.
if (typeof globalThis.ResizeObserver !== 'function') {
	globalThis.ResizeObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
}
