import { describe, expect, it } from 'vitest';
import { forReader } from '$lib/content/reader.ts';
import { storyBasemap } from '$lib/visuals/map/story-basemap.ts';
import { fixtureStory } from '../../tests/fixtures/story.ts';
import { readStoryProps, STORY_VIEW_ID, storyPropsScript, type StoryProps } from './story-props.ts';

/** A document holding only what the page writes: the props script, read back as a browser would see its text. */
const pageWith = (html: string) => {
	const match = /^<script type="application\/json" id="([^"]+)">([\s\S]*)<\/script>$/.exec(html);
	return {
		getElementById: (id: string) => (match && match[1] === id ? { textContent: match[2] } : null)
	} as unknown as Document;
};

describe('the story page’s props', () => {
	const story = fixtureStory();
	const props: StoryProps = { story: forReader(story), basemap: storyBasemap(story) };

	it('travel through the page as JSON and come back equal, with nothing lost', () => {
		expect(readStoryProps(pageWith(storyPropsScript(props)))).toEqual(props);
	});

	it('cannot end their script element or open markup, whatever the story says', () => {
		const hostile = structuredClone(props);
		hostile.story.title = '</script><script>alert(1)</script><!-- ';
		const html = storyPropsScript(hostile);
		const inside = html.slice(html.indexOf('>') + 1, -'</script>'.length);
		expect(inside).not.toContain('<');
		expect(readStoryProps(pageWith(html)).story.title).toBe(hostile.story.title);
	});

	it('say what is missing when the page has no props, or props without a story', () => {
		expect(() => readStoryProps(pageWith(''))).toThrow(`no #${STORY_VIEW_ID}-props script`);
		const empty = `<script type="application/json" id="${STORY_VIEW_ID}-props">{}</script>`;
		expect(() => readStoryProps(pageWith(empty))).toThrow('holds no story');
	});
});
