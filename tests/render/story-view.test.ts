import { render, screen } from '@testing-library/svelte';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
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

	it('shows the story title, each chapter title and the claims the text links to', () => {
		const { container } = render(StoryView, { story });
		expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(story.title);
		for (const chapter of story.chapters)
			expect(container.querySelector(`#chapter-${chapter.id}`)?.textContent).toContain(chapter.title);
		for (const link of container.querySelectorAll<HTMLAnchorElement>('a.claim-ref')) {
			expect(container.querySelector(link.getAttribute('href')!), link.href).not.toBeNull();
		}
	});

	it('draws the first step’s visual before any step is active, described by its text alternative', () => {
		render(StoryView, { story });
		const figure = screen.getByRole('figure');
		expect(figure.querySelector('figcaption')?.textContent).toBe(story.chapters[0]!.steps[0]!.alt);
	});
});
