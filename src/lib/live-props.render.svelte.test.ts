import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { liveProps } from './live-props.svelte.ts';

describe('liveProps', () => {
	let stop = () => {};
	afterEach(() => stop());

	it('answers every question about its props from what read() gives now', () => {
		const source = $state({ now: { a: 1 } as Record<string, number> });
		const props = liveProps(() => source.now);
		expect([props.a, 'a' in props, Object.keys(props)]).toEqual([1, true, ['a']]);
		source.now = { b: 2 };
		expect([props.a, 'a' in props, { ...props }]).toEqual([undefined, false, { b: 2 }]);
	});

	it('reruns only what reads the prop that changed, though read() gives a new object', () => {
		const story = { title: 'Alder Ash' };
		let step = $state(1);
		const props = liveProps(() => ({ story, step }));
		const runs = { story: 0, step: 0 };
		stop = $effect.root(() => {
			$effect(() => void (props.story, runs.story++));
			$effect(() => void (props.step, runs.step++));
		});
		flushSync();
		step = 2;
		flushSync();
		expect([props.step, runs]).toEqual([2, { story: 1, step: 2 }]);
	});
});
