import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { escapeHtml } from './html-escape.ts';

/**
 * For hosts that strip iframes (Apple News, RSS readers): each embed page's chapter as images and links. The embed
 * page's server HTML already holds every step's static figure (the chapter unrolled), drawn with the page's own
 * stylesheet; each figure becomes `<step>.svg` beside the page, with that stylesheet inside it, and `fallback.html`
 * lists them, each image linking to its step in the whole story, with the figure's text alternative.
 */
export function writeEmbedFallbacks(dir: string) {
	const embeds = join(dir, 'embed');
	if (!existsSync(embeds)) return;
	for (const story of readdirSync(embeds, { withFileTypes: true })) {
		if (!story.isDirectory()) continue;
		for (const chapter of readdirSync(join(embeds, story.name), { withFileTypes: true })) {
			const page = join(embeds, story.name, chapter.name, 'index.html');
			if (chapter.isDirectory() && existsSync(page))
				writeChapter(story.name, join(embeds, story.name, chapter.name));
		}
	}
}

function writeChapter(story: string, folder: string) {
	const { window } = new JSDOM(readFileSync(join(folder, 'index.html'), 'utf8'));
	const { document } = window;
	const xml = new window.XMLSerializer();
	const css = [...document.querySelectorAll('style')].map((s) => s.textContent).join('\n');
	const title = document.querySelector('h1')?.textContent ?? '';
	const items: string[] = [];
	for (const step of document.querySelectorAll<HTMLElement>('section[data-step]')) {
		const id = step.id.replace(/^step-/, '');
		const svg = step.querySelector('.step-figure svg');
		if (!svg) continue;
		const alt = step.querySelector('.step-figure figcaption')?.textContent?.trim() ?? '';
		writeFileSync(join(folder, `${id}.svg`), standalone(svg, css, xml));
		const href = `/${story}/#step-${encodeURIComponent(id)}`;
		items.push(
			`<figure><a href="${escapeHtml(href)}"><img src="${escapeHtml(`${id}.svg`)}" alt="${escapeHtml(alt)}" width="560"></a></figure>`
		);
	}
	writeFileSync(
		join(folder, 'fallback.html'),
		`<!doctype html><html lang="${escapeHtml(document.documentElement.lang)}"><head><meta charset="utf-8">` +
			`<title>${escapeHtml(title)}</title><meta name="robots" content="noindex"></head><body><h1>${escapeHtml(title)}</h1>` +
			`${items.join('\n')}</body></html>\n`
	);
}

/** An SVG file of its own: its namespace, its size, a white ground and the page's stylesheet. */
function standalone(svg: Element, css: string, xml: XMLSerializer): string {
	const copy = svg.cloneNode(true) as Element;
	const [, , width, height] = (copy.getAttribute('viewBox') ?? '0 0 560 380').split(/\s+/);
	copy.setAttribute('width', width!);
	copy.setAttribute('height', height!);
	const ground = `<rect width="100%" height="100%" fill="#ffffff"/>`;
	// The page's :root variables apply to the SVG's own root; CDATA keeps the stylesheet's characters as written.
	const style = `<style><![CDATA[${css.replaceAll(']]>', ']]]]><![CDATA[>')}]]></style>`;
	// As XML (the HTML serialisation would write entities such as &nbsp;, which XML does not know).
	return xml.serializeToString(copy).replace(/^<svg([^>]*)>/, `<svg$1>${style}${ground}`) + '\n';
}
