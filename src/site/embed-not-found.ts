import type { Story } from '$lib/content/types.ts';
import { escapeHtml } from './html-escape.ts';

/**
 * A small page of its own (no script, its style inline), for an embed address that names no chapter of `story`: it
 * says so and lists the chapters, each linking to its embed.
 */
export function chapterNotFound(story: Pick<Story, 'slug' | 'title' | 'lang' | 'chapters'>): string {
	const items = story.chapters
		.map(
			(c) =>
				`<li><a href="/embed/${escapeHtml(story.slug)}/${escapeHtml(c.id)}/">${escapeHtml(c.title)}</a></li>`
		)
		.join('');
	return `<!doctype html><html lang="${escapeHtml(story.lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>No such chapter — ${escapeHtml(story.title)}</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:1rem;color:#1a1a1a;background:#fff}a{color:#1a1a1a}</style></head>
<body><h1>No such chapter</h1><p>This address names no chapter of <a href="/${escapeHtml(story.slug)}/">${escapeHtml(
		story.title
	)}</a>. Its chapters are:</p><ul>${items}</ul></body></html>`;
}
