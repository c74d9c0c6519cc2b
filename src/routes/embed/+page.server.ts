import { getStory, storySlugs } from '$site/catalog.server';
import type { BuilderStory } from '$site/embed-choice.svelte.ts';
import { LOADER_INTEGRITY } from '$site/embed-loader.server.ts';
import { embedChapter } from '$site/oembed.server.ts';
import { siteOrigin } from '$site/site-origin.server.ts';

// The builder is a tool that reacts to its form: it takes SvelteKit's client, which the rest of the site goes without.
export const csr = true;

/** Every chapter of every story, as the builder's form lists them, and what the snippets need of the site. */
export const load = () => ({
	origin: siteOrigin(),
	loaderIntegrity: LOADER_INTEGRITY,
	stories: storySlugs().map((slug): BuilderStory => {
		const story = getStory(slug)!;
		return {
			slug,
			title: story.title,
			chapters: story.chapters.map((c) => {
				const { title, height } = embedChapter(slug, c.id)!;
				return { id: c.id, name: c.title, title, height, steps: c.steps.map((s) => s.id) };
			})
		};
	})
});
