import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { VisualRef } from '../content/types.ts';
import { VisualLayers } from './layers.svelte.ts';

describe('VisualLayers', () => {
	let stop = () => {};
	afterEach(() => stop());

	it('reruns nothing of a hidden layer when a step keeps the same layer', () => {
		let step: VisualRef = $state({ key: 'counts', state: { group: 'dead' } });
		const layers = new VisualLayers(
			() => step,
			() => ''
		);
		const runs: Record<string, number> = {};
		const shown: Record<string, unknown> = {};
		stop = $effect.root(() => {
			$effect(() => {
				for (const layer of layers.all)
					$effect(() => {
						runs[layer.key] = (runs[layer.key] ?? 0) + 1;
						shown[layer.key] = layers.shows(layer) && layers.stateOf(layer);
					});
			});
		});
		flushSync();
		step = { key: 'map', state: { focus: 'a' } };
		flushSync();
		expect(runs).toEqual({ counts: 2, map: 1 });

		step = { key: 'map', state: { focus: 'b' } };
		flushSync();
		expect(shown).toEqual({ counts: false, map: { focus: 'b' } });
		expect(runs).toEqual({ counts: 2, map: 2 });
	});

	it('primes only the shown layer with a step ahead, and keeps it when the layer is hidden', () => {
		let step: VisualRef = $state({ key: 'map', state: { focus: 'a' } });
		const layers = new VisualLayers(
			() => step,
			() => ''
		);
		const ahead: Record<string, unknown> = {};
		stop = $effect.root(() => {
			$effect(() => {
				for (const layer of layers.all) $effect(() => void (ahead[layer.key] = layers.aheadOf(layer)));
			});
		});
		flushSync();
		const next = { focus: 'b' };
		layers.prime({ key: 'counts', state: { group: 'dead' } });
		layers.prime({ key: 'map', state: next });
		flushSync();
		expect(ahead).toEqual({ map: next });

		step = { key: 'counts', state: { group: 'dead' } };
		flushSync();
		expect(ahead).toEqual({ map: next, counts: undefined });
	});
});
