import { describe, expect, it } from 'vitest';
import { fixtureStory } from '../../../tests/fixtures/story.ts';
import { forReader } from './reader.ts';

describe('forReader', () => {
	const story = fixtureStory();
	const reader = forReader(story);

	it('keeps every chapter and step, with its text, visual, alternative and claims, in order', () => {
		expect(reader.chapters.map((c) => c.steps.map((s) => s.id))).toEqual(
			story.chapters.map((c) => c.steps.map((s) => s.id))
		);
		const [first] = reader.chapters[0]!.steps;
		const [original] = story.chapters[0]!.steps;
		expect(first).toEqual({
			id: original!.id,
			html: original!.html,
			visual: original!.visual,
			alt: original!.alt,
			claims: original!.claims
		});
		expect(reader.claims).toBe(story.claims);
		expect(reader.sources).toBe(story.sources);
		expect(reader.visuals).toBe(story.visuals);
	});

	it('leaves out speaker notes, name variants, disagreements and the gazetteer', () => {
		const json = JSON.stringify(reader);
		expect(json).not.toContain('"notes"');
		expect(reader).not.toHaveProperty('entities');
		expect(reader).not.toHaveProperty('inconsistencies');
		expect(reader).not.toHaveProperty('places');
		expect(json.length).toBeLessThan(JSON.stringify(story).length);
	});
});
