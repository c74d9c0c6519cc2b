import { describe, expect, it } from 'vitest';
import { discoverOembed, DISCOVERY_BYTES, headOf } from '../oembed-discovery.ts';

const LINK =
	'<link rel="alternate" type="application/json+oembed" href="https://x.org/oembed/s/c.json?a=1&amp;b=2" title="A &amp; B">';
const page = (head: string, body = '') =>
	new TextEncoder().encode(
		`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`
	);

describe('the oEmbed discovery emulator', () => {
	it('finds the JSON oEmbed link in the head, its attributes decoded, and says where it ends', () => {
		const links = discoverOembed(headOf(page(LINK)));
		expect(links).toEqual([
			{
				href: 'https://x.org/oembed/s/c.json?a=1&b=2',
				title: 'A & B',
				end: '<head><meta charset="utf-8">'.length + LINK.length
			}
		]);
	});

	it('finds no link in the body, however early the body starts', () => {
		expect(discoverOembed(headOf(page('', LINK)))).toEqual([]);
	});

	it('finds no link past the first 150 KiB, even inside the head', () => {
		const style = `<style>${'x'.repeat(DISCOVERY_BYTES)}</style>`;
		expect(discoverOembed(headOf(page(style + LINK)))).toEqual([]);
		expect(discoverOembed(headOf(page(LINK + style)))).toHaveLength(1);
	});

	it('needs rel="alternate", the JSON type and an href', () => {
		const without = [
			LINK.replace('rel="alternate"', 'rel="canonical"'),
			LINK.replace('application/json+oembed', 'text/xml+oembed'),
			LINK.replace(/href="[^"]*"/, '')
		];
		for (const link of without) expect(discoverOembed(headOf(page(link))), link).toEqual([]);
		expect(
			discoverOembed(headOf(page(LINK.replace('rel="alternate"', "rel='alternate nofollow'"))))
		).toHaveLength(1);
	});
});
