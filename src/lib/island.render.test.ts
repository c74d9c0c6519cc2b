import { flushSync, mount, unmount, type Component } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChapterTitle from './ChapterTitle.svelte';
import { island } from './island.ts';
import { liveProps } from './live-props.svelte.ts';

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/**
 * What svelte/server's `render()` writes for a component with no blocks, such as ChapterTitle: its elements between
 * Svelte's hydration markers. (Components here are compiled for the browser, so render() cannot run them.)
 */
function serverHtml<Props extends Record<string, unknown>>(component: Component<Props>, props: Props) {
	const drawn = document.createElement('div');
	const instance = mount(component, { target: drawn, props });
	const html = drawn.innerHTML;
	void unmount(instance);
	return `<!--[-->${html}<!--]-->`;
}

describe('island', () => {
	const title = new SvelteMap([['now', 'Alder Ash']]);
	const props = liveProps(() => ({ chapter: { id: 'alder-ash', number: 1, title: title.get('now')! } }));
	const element = document.createElement('div');
	let detach: (() => void) | void;
	afterEach(() => {
		detach?.();
		element.replaceChildren();
		title.set('now', 'Alder Ash');
	});

	it('hydrates the server HTML inside its element in a later task, keeping its nodes, then follows its props', async () => {
		element.innerHTML = serverHtml(ChapterTitle, props);
		const heading = element.querySelector('h2');
		const ready = vi.fn();
		detach = island(ChapterTitle, props, { ready })(element);
		expect(ready).not.toHaveBeenCalled();
		await nextTask();
		expect(ready).toHaveBeenCalledOnce();
		expect(element.querySelectorAll('h2')).toHaveLength(1);
		expect(element.querySelector('h2')).toBe(heading);
		title.set('now', 'Ash-Wells');
		flushSync();
		expect(heading?.textContent).toContain('Ash-Wells');
		detach?.();
		detach = undefined;
		expect(element.querySelector('h2')).toBeNull();
	});

	it('prepares in a task of its own, before the one that hydrates', async () => {
		element.innerHTML = serverHtml(ChapterTitle, props);
		const order: string[] = [];
		detach = island(ChapterTitle, props, {
			prepare: () => order.push('prepare'),
			ready: () => order.push('ready')
		})(element);
		await nextTask();
		expect(order).toEqual(['prepare']);
		await nextTask();
		expect(order).toEqual(['prepare', 'ready']);
	});

	it('mounts at once after the current update where the element has no server HTML', async () => {
		const ready = vi.fn();
		detach = island(ChapterTitle, props, { ready })(element);
		expect(element.childNodes).toHaveLength(0);
		await Promise.resolve();
		expect(ready).toHaveBeenCalledOnce();
		expect(element.querySelector('h2')?.id).toBe('chapter-alder-ash');
	});

	it('leaves a still island’s server HTML as it is, never hydrated, and mounts it where there is none', async () => {
		element.innerHTML = serverHtml(ChapterTitle, props);
		const heading = element.querySelector('h2');
		const ready = vi.fn();
		detach = island(ChapterTitle, props, { ready, still: true })(element);
		expect(ready).toHaveBeenCalledOnce();
		await nextTask();
		await nextTask();
		title.set('now', 'Ash-Wells');
		flushSync();
		expect(element.querySelector('h2')).toBe(heading);
		expect(heading?.textContent).toContain('Alder Ash');
		detach?.();
		element.replaceChildren();
		detach = island(ChapterTitle, props, { still: true })(element);
		await Promise.resolve();
		expect(element.querySelector('h2')?.textContent).toContain('Ash-Wells');
	});

	it('does nothing once its element is gone', async () => {
		element.innerHTML = serverHtml(ChapterTitle, props);
		const ready = vi.fn();
		island(ChapterTitle, props, { ready, prepare: ready })(element)?.();
		await nextTask();
		await nextTask();
		expect(ready).not.toHaveBeenCalled();
	});
});
