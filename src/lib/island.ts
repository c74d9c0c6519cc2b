import { hydrate, mount, unmount, type Component } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/** Svelte's own bound on a component's props. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProps = Record<string, any>;

/**
 * Gives a component a root of its own, hydrated in a task of its own. Svelte hydrates a component tree in one call,
 * so one task: a part of the page with its own root lets the browser paint and answer input in between (at 4× CPU
 * throttling, the story's view took about 100 ms to hydrate in one piece).
 *
 * The server renders the component on its own (`render()`) and puts that HTML inside the island's element
 * (`spliceIsland` in src/site/islands.ts). The element's owner hydrates the element as its template wrote it, empty,
 * and leaves those children alone; the island hydrates them in a new task. Where the element has no children (a
 * render in the browser: the stepper, render tests), the component is mounted once the current update is done.
 * Removing the element unmounts the component.
 */
export function island<Props extends AnyProps>(
	component: Component<Props>,
	props: Props,
	{ prepare, ready, context, still = false }: IslandOptions = {}
): Attachment<HTMLElement> {
	return (element) => {
		let instance: Record<string, unknown> | undefined;
		let removed = false;
		const start = (fromServer: boolean) => {
			if (removed) return;
			const options = { target: element, props, context };
			instance = fromServer ? hydrate(component, options) : mount(component, options);
			ready?.();
		};
		// Each in a task of its own, while the element is still there.
		let timer: ReturnType<typeof setTimeout> | undefined;
		const inTurn = ([task, ...rest]: (() => void)[]) =>
			(timer = setTimeout(() => {
				if (removed || !task) return;
				task();
				if (rest.length) inTurn(rest);
			}));
		if (element.firstChild && still) ready?.();
		else if (element.firstChild) inTurn([...(prepare ? [prepare] : []), () => start(true)]);
		else queueMicrotask(() => start(false));
		return () => {
			removed = true;
			clearTimeout(timer);
			if (instance) void unmount(instance);
		};
	};
}

/**
 * An island's component, props and context (the story's language: i18n's `localeContext`), for the page to render
 * on its own; `islandPart` checks the component and props against each other.
 */
export interface IslandPart {
	id: string;
	component: Component<AnyProps>;
	props: AnyProps;
	context: Map<unknown, unknown>;
}

export const islandPart = <Props extends AnyProps>(
	id: string,
	component: Component<Props>,
	props: Props,
	context: Map<unknown, unknown>
): IslandPart => ({ id, component: component as Component<AnyProps>, props, context });

export interface IslandOptions {
	/** Work the component will need to hydrate (its layout, say), done in a task of its own just before. */
	prepare?: () => void;
	/** Called when the component is in place. */
	ready?: () => void;
	/**
	 * The server's HTML is all there is to it: nothing in it changes or answers input on its own (the steps' text and
	 * static figures), so it is never hydrated. Drawn in the browser (no server HTML), it is mounted as usual.
	 */
	still?: boolean;
	/**
	 * The context the component would have as a child of the island's owner (`getAllContexts()` there): a root of its
	 * own inherits none, and the words it shows are in it.
	 */
	context?: Map<unknown, unknown>;
}
