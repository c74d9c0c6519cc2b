import { fireEvent, render } from '@testing-library/svelte';
import { createRawSnippet, tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import { Stepper } from '$lib/scroll/stepper.svelte.ts';
import SteppedStage from './harness/SteppedStage.svelte';

const steps = [{ id: 'one' }, { id: 'two' }, { id: 'three' }];
const step = createRawSnippet((item: () => { id: string }) => ({
	render: () => `<p>text of ${item().id}</p>`
}));
const graphic = createRawSnippet(() => ({ render: () => '<svg></svg>' }));
const setup = () => {
	const stepper = new Stepper(() => steps.length);
	const view = render(SteppedStage, { props: { steps, step, graphic, stepper } });
	const root = () => view.container.querySelector('[data-active-step]')!;
	return { stepper, view, root };
};

describe('a stage with the stepper’s view', () => {
	it('keeps the public contract: one root with the active step, every step with its id, the active one current', () => {
		const { view, root } = setup();
		expect(view.container.querySelectorAll('[data-active-step]')).toHaveLength(1);
		expect(root().getAttribute('data-active-step')).toBe('one');
		expect([...view.container.querySelectorAll('[data-step]')].map((s) => s.id)).toEqual([
			'step-one',
			'step-two',
			'step-three'
		]);
		expect(view.container.querySelector('#step-one')!.getAttribute('aria-current')).toBe('step');
		expect(view.container.querySelector('#step-two')!.getAttribute('aria-hidden')).toBe('true');
	});

	it('moves with Next and Previous, which stop at the ends', async () => {
		const { view, root } = setup();
		const [previous, next] = [...view.container.querySelectorAll('button')];
		expect(previous!.disabled).toBe(true);
		await fireEvent.click(next!);
		await fireEvent.click(next!);
		expect(root().getAttribute('data-active-step')).toBe('three');
		expect(next!.disabled).toBe(true);
		await fireEvent.click(previous!);
		expect(root().getAttribute('data-active-step')).toBe('two');
		expect(view.container.querySelector('#step-two')!.getAttribute('aria-hidden')).toBe('false');
		expect(view.container.querySelector('#step-three')!.getAttribute('aria-hidden')).toBe('true');
	});

	it('moves with j and k through the same owner', async () => {
		const { stepper, root } = setup();
		await fireEvent.keyDown(window, { key: 'j' });
		expect(stepper.index).toBe(1);
		await fireEvent.keyDown(window, { key: 'k' });
		await fireEvent.keyDown(window, { key: 'k' });
		expect(root().getAttribute('data-active-step')).toBe('one');
	});
});

describe('the stage', () => {
	it('moves the aria-current mark with the owner, leaving exactly one step marked', async () => {
		const { stepper, view } = setup();
		const marked = () => [...view.container.querySelectorAll('[aria-current="step"]')].map((e) => e.id);
		expect(marked()).toEqual(['step-one']);
		stepper.go(2);
		await tick();
		expect(marked()).toEqual(['step-three']);
		stepper.go(-5);
		await tick();
		expect(marked()).toEqual(['step-one']);
	});
});
