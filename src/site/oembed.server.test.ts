import { describe, expect, it } from 'vitest';
import { getStory, storySlugs } from './catalog.server.ts';
import { chapterOembed, oembedLinkFor } from './oembed.server.ts';
import { siteOrigin } from './site-origin.server.ts';

describe('the catalog’s oEmbed', () => {
	const slug = storySlugs()[0]!;
	const story = getStory(slug)!;
	const chapter = story.chapters[0]!;

	it('oembedLinkFor links a chapter of the catalog to its response at the site’s origin', () => {
		const link = oembedLinkFor(slug, chapter.id);
		expect(link).toContain(`href="${siteOrigin()}/oembed/${slug}/${chapter.id}.json"`);
		expect(link).toMatch(
			/^<link rel="alternate" type="application\/json\+oembed" href="[^"]+" title="[^"]+">$/
		);
	});

	it('oembedLinkFor throws for a chapter the catalog does not have', () => {
		expect(() => oembedLinkFor(slug, 'no-such-chapter')).toThrow(
			`no chapter "no-such-chapter" in story "${slug}"`
		);
	});

	it('chapterOembed titles the response with the chapter and story titles, and is undefined for an unknown one', () => {
		expect(chapterOembed(slug, chapter.id)?.title).toBe(`${chapter.title} — ${story.title}`);
		expect(chapterOembed('no-such-story', chapter.id)).toBeUndefined();
	});
});
