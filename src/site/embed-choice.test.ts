import { describe, expect, it } from 'vitest';
import { EmbedChoice, type BuilderStory } from './embed-choice.svelte.ts';

const chapter = (id: string, steps: string[]) => ({ id, name: id, title: `${id} — S`, height: 600, steps });
const stories: BuilderStory[] = [
	{ slug: 's', title: 'S', chapters: [chapter('one', ['a', 'b', 'c', 'd']), chapter('two', ['e'])] },
	{ slug: 't', title: 'T', chapters: [chapter('three', ['f', 'g'])] }
];

describe('EmbedChoice', () => {
	it('starts at the first story’s first chapter, all of its steps, in the default mode and theme', () => {
		const choice = new EmbedChoice(stories);
		expect([choice.story, choice.chapter, choice.from, choice.to, choice.mode, choice.theme]).toEqual([
			's',
			'one',
			0,
			3,
			'stepper',
			'auto'
		]);
		expect(choice.previewUrl).toBe('/embed/s/one/');
	});

	it('moves to a story’s first chapter, and a chapter’s whole range; unknown ids change nothing', () => {
		const choice = new EmbedChoice(stories);
		choice.setFrom(2);
		choice.setStory('t');
		expect([choice.chapter, choice.from, choice.to]).toEqual(['three', 0, 1]);
		choice.setStory('nope');
		choice.setChapter('one');
		expect([choice.story, choice.chapter]).toEqual(['t', 'three']);
	});

	it('keeps the range in order and within the chapter', () => {
		const choice = new EmbedChoice(stories);
		choice.setTo(1);
		choice.setFrom(2);
		expect([choice.from, choice.to]).toEqual([2, 2]);
		choice.setTo(0);
		expect([choice.from, choice.to]).toEqual([0, 0]);
		choice.setTo(99);
		choice.setFrom(-5);
		expect([choice.from, choice.to]).toEqual([0, 3]);
	});

	it('names from and to in the options only when they are not the chapter’s first and last steps', () => {
		const choice = new EmbedChoice(stories);
		expect(choice.options('https://x.org', 'sha384-x')).toMatchObject({
			from: undefined,
			to: undefined,
			height: 600
		});
		choice.setFrom(1);
		expect(choice.options('https://x.org', undefined)).toMatchObject({ from: 'b', to: undefined });
		choice.setTo(2);
		choice.mode = 'scroll';
		expect(choice.previewUrl).toBe('/embed/s/one/?mode=scroll&from=b&to=c');
	});
});
