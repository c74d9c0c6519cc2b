import { render } from '@testing-library/svelte';
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { fixtureStory } from '../../../tests/fixtures/story.ts';
import ChapterTitle from '../ChapterTitle.svelte';
import { forReader } from '../content/reader.ts';
import Island from '../Island.svelte';
import Visual from '../visuals/Visual.svelte';
import { localeContext } from './context.ts';

// A second language, so that a test can tell which table a component read.
vi.mock('./locales.ts', async (original) => {
	const actual = await original<typeof import('./locales.ts')>();
	const { en } = await import('./en.ts');
	const progress = {
		...en.visuals.progress,
		legend: { reported: 'gemeldet', estimated: 'Datum geschätzt', hedged: 'vorbehaltlich' }
	};
	const xx = {
		...en,
		story: { ...en.story, chapter: (n: number) => `Kapitel ${n}` },
		visuals: { ...en.visuals, progress }
	};
	return { ...actual, wordsFor: (lang: string) => (lang === 'xx' ? xx : actual.wordsFor(lang)) };
});

const chapter = { id: 'one', number: 2, title: 'The coast road' };
const numberIn = (element: Element) => element.querySelector('.chapter-number')?.textContent;

describe('the words a component shows', () => {
	it('are English when no root set a language', () => {
		const { container } = render(ChapterTitle, { props: { chapter } });
		expect(numberIn(container)).toBe('Chapter 2');
	});

	it('are those of the language its root was given', () => {
		const target = document.createElement('div');
		const instance = mount(ChapterTitle, { target, props: { chapter }, context: localeContext('xx') });
		expect(numberIn(target)).toBe('Kapitel 2');
		void unmount(instance);
	});

	it('reach an island, a root of its own, from the component that holds it', async () => {
		for (const separate of [true, false]) {
			const { container } = render(Island<{ chapter: typeof chapter }>, {
				props: { id: 'title', component: ChapterTitle, props: { chapter }, separate },
				context: localeContext('xx')
			});
			await new Promise((resolve) => setTimeout(resolve));
			flushSync();
			expect(numberIn(container), `separate: ${separate}`).toBe('Kapitel 2');
		}
	});
});

describe('the words a visual shows', () => {
	it('are those of the language of the root that draws it', () => {
		const story = fixtureStory();
		const { visuals, claims } = forReader(story);
		const step = story.chapters.flatMap((c) => c.steps).find((s) => s.visual.key === 'progress')!;
		const legend = (context?: Map<unknown, unknown>) => {
			const props = {
				visual: step.visual,
				visuals,
				claims,
				alt: step.alt,
				uid: 'v',
				fixed: { width: 560, height: 380 }
			};
			const { container } = render(Visual, { props, context });
			return [...container.querySelectorAll('g.legend text')].map((t) => t.textContent);
		};
		expect(legend()).toEqual(['reported', 'date estimated', 'hedged claim']);
		expect(legend(localeContext('xx'))).toEqual(['gemeldet', 'Datum geschätzt', 'vorbehaltlich']);
	});
});
