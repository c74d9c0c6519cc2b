import { render } from '@testing-library/svelte';
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import ChapterTitle from '../ChapterTitle.svelte';
import Island from '../Island.svelte';
import { localeContext } from './context.ts';

// A second language, so that a test can tell which table a component read.
vi.mock('./locales.ts', async (original) => {
	const actual = await original<typeof import('./locales.ts')>();
	const { en } = await import('./en.ts');
	const xx = { ...en, story: { ...en.story, chapter: (n: number) => `Kapitel ${n}` } };
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
