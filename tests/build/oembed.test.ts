// oEmbed, read from the served build: every chapter's static response, and its discovery from the chapter's embed
// page as a consumer does it (tests/oembed-discovery.ts: the first 150 KiB, the <head> only).
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROVIDER_NAME } from '../../src/site/oembed.ts';
import { siteOrigin } from '../../src/site/site-origin.server.ts';
import { baseURL } from '../browser/harness.ts';
import { discoverOembed, headOf, readStart } from '../oembed-discovery.ts';
import { STORIES } from '../stories.ts';

const origin = siteOrigin();
const chapters = STORIES.flatMap((story) =>
	story.chapters.map((c) => ({ story: story.slug, chapter: c.id, title: `${c.title} — ${story.title}` }))
);
/** An attribute of the first `tag` element in `html`, as written. */
const attribute = (html: string, tag: string, name: string) =>
	new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(html)?.[1];

it('builds one oEmbed response per chapter of every story, and no other', () => {
	const built = STORIES.flatMap((story) =>
		readdirSync(`build/oembed/${story.slug}`).map((file) => `${story.slug}/${file}`)
	);
	expect(built.sort()).toEqual(chapters.map((c) => `${c.story}/${c.chapter}.json`).sort());
	expect(readdirSync('build/oembed').sort()).toEqual(STORIES.map((s) => s.slug).sort());
});

describe.each(chapters)('the chapter $story/$chapter', ({ story, chapter, title }) => {
	it('has a rich oEmbed 1.0 response framing /embed/<story>/<chapter>/ at whole-pixel sizes', async () => {
		const response = await fetch(`${baseURL()}/oembed/${story}/${chapter}.json`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		const body = await response.json();
		expect(body).toMatchObject({
			version: '1.0',
			type: 'rich',
			title,
			provider_name: PROVIDER_NAME,
			provider_url: `${origin}/`
		});
		for (const size of [body.width, body.height]) {
			expect(Number.isInteger(size)).toBe(true);
			expect(size).toBeGreaterThan(0);
		}
		expect(body.html).toMatch(/^<iframe [^<>]*><\/iframe>$/);
		const src = new URL(attribute(body.html, 'iframe', 'src')!);
		expect(src.origin).toBe(origin);
		expect(src.pathname).toBe(`/embed/${story}/${chapter}/`);
		expect(src.search).toBe('');
		expect(attribute(body.html, 'iframe', 'height')).toBe(String(body.height));
		expect(attribute(body.html, 'iframe', 'loading')).toBe('lazy');
		expect(attribute(body.html, 'iframe', 'style')).toBe('border:0');
		expect(attribute(body.html, 'iframe', 'title')).toBe(title.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
	});

	it('is discovered from its embed page: the link is in the <head>, within its first 2 kB and the first 150 KiB', async () => {
		// Fails while build/embed/<story>/<chapter>/index.html does not exist: every chapter has an embed page.
		const { status, bytes } = await readStart(`${baseURL()}/embed/${story}/${chapter}/`);
		expect(status, `no embed page at /embed/${story}/${chapter}/`).toBe(200);
		const links = discoverOembed(headOf(bytes));
		expect(links.map((l) => l.href)).toEqual([`${origin}/oembed/${story}/${chapter}.json`]);
		expect(links[0]!.title).toBe(title);
		expect(links[0]!.end, 'the link ends past the first 2 kB of the <head>').toBeLessThanOrEqual(2048);
	});
});
