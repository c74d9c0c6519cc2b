import type { ReaderStory } from '$lib/content/reader.ts';
import type { Basemap } from '$lib/visuals/map/types.ts';

/** What the story page hands the browser to hydrate its story view with. */
export interface StoryProps {
	story: ReaderStory;
	basemap?: Basemap;
}

/** What a page of another mode (an embed, a presentation) hands its script: the story, and where the whole story is. */
export interface ModeProps extends StoryProps {
	storyHref: string;
}

/** The element the story view is rendered into; the props sit beside it in `#<id>-props`. */
export const STORY_VIEW_ID = 'story-view';

/**
 * The props as a `<script type="application/json">` element: JSON with every `<` escaped, so no story text
 * (`</script>`, `<!--`) can end the element or start markup. JSON.parse reads the escapes back unchanged.
 */
export const storyPropsScript = (props: StoryProps, id = STORY_VIEW_ID) =>
	`<script type="application/json" id="${id}-props">${JSON.stringify(props).replace(/</g, '\\u003c')}</script>`;

/** Reads the props the page wrote; says what is missing instead of failing later on an undefined story. */
export function readStoryProps<Props extends StoryProps = StoryProps>(
	document: Document,
	view = STORY_VIEW_ID
): Props {
	const id = `${view}-props`;
	const text = document.getElementById(id)?.textContent;
	if (!text) throw new Error(`story page: no #${id} script with the story's props`);
	const props = JSON.parse(text) as Props;
	if (!props.story?.chapters) throw new Error(`story page: #${id} holds no story`);
	return props;
}
