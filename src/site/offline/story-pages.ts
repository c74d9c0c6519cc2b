/**
 * A story's pages that work offline, as paths from the site's root. The service worker keeps every one of them (and
 * what they load) once one page of the story has been visited; those with a `file` are also written as one
 * self-contained HTML file by `npm run offline`, named after the story. A new page of a story is one line here.
 */
export interface StoryPage {
	/** The page, from the site's root, as the build writes it (`<path>index.html`). */
	path: string;
	/** The page's name in `build/offline/`, when it is written as a single file. */
	file?: string;
}

export const storyPages = (slug: string): StoryPage[] => [
	{ path: `${slug}/`, file: `${slug}.html` },
	{ path: `present/${slug}/`, file: `${slug}-present.html` },
	{ path: `present/${slug}/presenter/`, file: `${slug}-presenter.html` },
	// The handout has no script: the presentation's pages keep it for it.
	{ path: `${slug}/handout/`, file: `${slug}-handout.html` },
	{ path: `${slug}/sources/` }
];
