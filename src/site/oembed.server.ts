/**
 * A chapter's oEmbed, from the catalog and the site's origin: for the oEmbed route and the embed page's <head>.
 * Server-only: it reads the build's environment (SITE_ORIGIN) and the whole catalog.
 */
import { getStory } from './catalog.server.ts';
import { embedHeight } from './embed-height.server.ts';
import { embedTitle, oembedLink, oembedResponse, type OembedChapter, type OembedResponse } from './oembed.ts';
import { siteOrigin } from './site-origin.server.ts';

/** The chapter as embeds name it, with the height to reserve for it (embed-height.server.ts); undefined for an unknown story or chapter. */
export function embedChapter(
	story: string,
	chapter: string
): (OembedChapter & { height: number }) | undefined {
	const found = getStory(story);
	const c = found?.chapters.find((c) => c.id === chapter);
	if (!found || !c) return undefined;
	return {
		origin: siteOrigin(),
		story,
		chapter,
		title: embedTitle(c.title, found.title),
		height: embedHeight(process.cwd(), story, c)
	};
}

/** The chapter's oEmbed response; undefined for an unknown story or chapter. */
export function chapterOembed(story: string, chapter: string): OembedResponse | undefined {
	const found = embedChapter(story, chapter);
	return found && oembedResponse(found);
}

/**
 * The oEmbed discovery `<link>` of `/embed/<story>/<chapter>/`, to put early in its <head> (consumers read only the
 * start of a page). Throws for an unknown chapter: a page without its link would be undiscoverable.
 */
export function oembedLinkFor(story: string, chapter: string): string {
	const found = embedChapter(story, chapter);
	if (!found) throw new Error(`oembedLinkFor: no chapter "${chapter}" in story "${story}"`);
	return oembedLink(found);
}
