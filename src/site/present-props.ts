import { forReader } from '$lib/content/reader.ts';
import type { Story } from '$lib/content/types.ts';
import type { Basemap } from '$lib/visuals/map/types.ts';
import { linksIntoStory, storyHref } from './links-into-story.ts';
import type { ModeProps } from './story-props.ts';

/** The elements the presentation and the presenter view are mounted into; props sit beside them (story-props.ts). */
export const PRESENT_VIEW_ID = 'present-view';
export const PRESENTER_VIEW_ID = 'presenter-view';

/**
 * First in <head>: the first step the server drew stays unseen until the page's script has drawn the one the address
 * names (the loader lifts it if the script fails: story-loader.ts).
 */
export const presentHead = () => `<script>document.documentElement.classList.add('mode-pending')</script>`;

/** The audience screen's props: the story as readers get it, so the speaker notes never reach the audience's page. */
export function presentProps(story: Story, basemap: Basemap | undefined): ModeProps {
	const shown = linksIntoStory({ ...forReader(story), sources: [] });
	return { story: shown, basemap, storyHref: storyHref(shown) };
}

/**
 * The presenter's props: the audience's, with the audience screen's address (which `npm run offline` points at the
 * audience's file), and the speaker notes and the planned minutes by step id.
 */
export interface PresenterProps extends ModeProps {
	audienceHref: string;
	notes: Record<string, string>;
	minutes: Record<string, number>;
}

export function presenterProps(story: Story, basemap: Basemap | undefined): PresenterProps {
	const steps = story.chapters.flatMap((c) => c.steps);
	const byId = (pick: (s: (typeof steps)[number]) => string | number | undefined) =>
		Object.fromEntries(steps.flatMap((s) => (pick(s) === undefined ? [] : [[s.id, pick(s)]])));
	return {
		...presentProps(story, basemap),
		audienceHref: `/present/${story.slug}/`,
		notes: byId((s) => s.notes) as Record<string, string>,
		minutes: byId((s) => s.minutes) as Record<string, number>
	};
}
