import { fireEvent, render } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import PresenterView from '$lib/present/PresenterView.svelte';
import { Stepper } from '$lib/scroll/stepper.svelte.ts';
import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import { presenterProps } from '$site/present-props.ts';
import { fixtureStory } from '../fixtures/story.ts';

// A reader who prefers reduced motion: jsdom draws no SVG geometry for the charts' motion to read.
vi.hoisted(() => {
	const media = window.matchMedia;
	window.matchMedia = (query: string) => ({ ...media(query), matches: query.includes('reduce') });
});

const story = fixtureStory();
const steps = story.chapters.flatMap((c) => c.steps);

function setup(minutes?: Record<string, number>) {
	const props = { ...presenterProps(story, storyBasemap(story)), ...(minutes ? { minutes } : {}) };
	// The second step has no notes, as a story may leave any step without.
	delete props.notes[steps[1]!.id];
	const owner = new Stepper(() => steps.length);
	const view = render(PresenterView, { props: { ...props, owner, claimHref: '/demo/#claim-' } });
	const notes = () => view.container.querySelector('[data-notes]')!.textContent!.trim();
	return { owner, view, notes };
}

describe('the presenter view', () => {
	it('shows the active step’s notes in [data-notes], and says when a step has none', async () => {
		const { owner, notes } = setup();
		expect(notes()).toBe(steps[0]!.notes);
		owner.go(1);
		await tick();
		expect(notes()).toBe('No notes for this step.');
	});

	it('shows the next step, and the end of the story at the last', async () => {
		const { owner, view } = setup();
		const next = () => view.container.querySelector('.next')!.textContent!;
		expect(next()).toContain(steps[1]!.alt);
		owner.go(steps.length - 1);
		await tick();
		expect(next()).toContain('End of the story');
	});

	it('lists the chapters, marks the current one, and jumps to a chapter’s first step', async () => {
		const { owner, view } = setup();
		const buttons = [...view.container.querySelectorAll<HTMLButtonElement>('nav button')];
		expect(buttons.map((b) => b.textContent)).toEqual(story.chapters.map((c) => c.title));
		expect(buttons[0]!.getAttribute('aria-current')).toBe('true');
		await fireEvent.click(buttons[1]!);
		expect(owner.index).toBe(story.chapters[0]!.steps.length);
		expect(buttons[1]!.getAttribute('aria-current')).toBe('true');
	});

	it('paces the talk only when the story plans minutes for its steps', async () => {
		expect(setup().view.container.querySelector('.pace')).toBeNull();
		const { view } = setup({ [steps[0]!.id]: 2 });
		expect(view.container.querySelector('.pace')!.textContent).toMatch(
			/This step 0:0\d of 2 min · (2:00|1:5\d) ahead of plan/
		);
	});

	it('keeps the public contract: one root with the active step, the active step current', async () => {
		const { owner, view } = setup();
		owner.go(2);
		await tick();
		const roots = view.container.querySelectorAll('[data-active-step]');
		expect(roots).toHaveLength(1);
		expect(roots[0]!.getAttribute('data-active-step')).toBe(steps[2]!.id);
		expect(view.container.querySelector(`#step-${steps[2]!.id}`)!.getAttribute('aria-current')).toBe('step');
	});
});
