import { render, screen } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import StoryClaims from '../../src/lib/provenance/StoryClaims.svelte';
import StoryView from '../../src/lib/StoryView.svelte';
import { loadAllStories } from '../../src/site/read-stories.ts';

const story = loadAllStories(process.cwd())[0]!.story!;
const ids = story.chapters.flatMap((c) => c.steps.map((s) => s.id));

describe('StoryView with IntersectionObserver (the scroll layout)', () => {
	// jsdom has none; an observer that never reports stands in for one (jsdom has no layout to observe either).
	beforeAll(() => {
		globalThis.IntersectionObserver = class {
			observe() {}
			unobserve() {}
			disconnect() {}
			takeRecords() {
				return [];
			}
		} as unknown as typeof IntersectionObserver;
	});
	afterAll(() => {
		delete (globalThis as { IntersectionObserver?: unknown }).IntersectionObserver;
	});

	it('renders one scroller root carrying data-active-step, empty before the first step', () => {
		const { container } = render(StoryView, { story });
		const roots = container.querySelectorAll('[data-active-step]');
		expect(roots).toHaveLength(1);
		expect(roots[0]!.getAttribute('data-active-step')).toBe('');
		expect(container.querySelectorAll('[aria-current="step"]')).toHaveLength(0);
	});
});

describe('StoryView without IntersectionObserver (the stepper)', () => {
	it('hands the steps to the stepper: the first step is active, and Next moves on', async () => {
		const { container, getByRole } = render(StoryView, { story });
		// The stepper's view is loaded on demand, where IntersectionObserver is missing.
		await vi.waitFor(() => expect(container.querySelector('.stepper')).not.toBeNull());
		const root = container.querySelector('[data-active-step]')!;
		expect(container.querySelectorAll('[data-active-step]')).toHaveLength(1);
		expect(root.getAttribute('data-active-step')).toBe(ids[0]);
		getByRole('button', { name: 'Next' }).click();
		await new Promise((r) => setTimeout(r, 0));
		expect(root.getAttribute('data-active-step')).toBe(ids[1]);
	});
});

describe('StoryView', () => {
	it('renders every step with its deep-link id, in story order', () => {
		const { container } = render(StoryView, { story });
		expect([...container.querySelectorAll('[data-step]')].map((el) => el.id)).toEqual(
			ids.map((id) => `step-${id}`)
		);
	});

	it('shows the story title and each chapter title', () => {
		const { container } = render(StoryView, { story });
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(story.title);
		for (const chapter of story.chapters)
			expect(container.querySelector(`#chapter-${chapter.id}`)?.textContent).toContain(chapter.title);
	});

	// The page puts the claim list after the view, outside what hydrates (src/routes/[story]/+page.svelte).
	it('links each claim in the text to its entry in the claim list', () => {
		const view = render(StoryView, { story }).container;
		const list = render(StoryClaims, { story, sourcesHref: './sources/' }).container;
		const links = [...view.querySelectorAll<HTMLAnchorElement>('a.claim-ref')];
		expect(links.length).toBeGreaterThan(0);
		for (const link of links)
			expect(list.querySelector(link.getAttribute('href')!), link.href).not.toBeNull();
		expect(view.querySelector('[id^="claim-"]')).toBeNull();
	});

	it('draws the first step’s visual before any step is active, described by its text alternative', () => {
		render(StoryView, { story });
		const figure = screen.getByRole('figure');
		expect(figure.querySelector('figcaption')?.textContent).toBe(story.chapters[0]!.steps[0]!.alt);
	});
});
