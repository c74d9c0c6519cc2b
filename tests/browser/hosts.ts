// Host pages for the embed tests: a newsroom's article page, served from another 127.0.0.1 port than the site, so the
// embed is cross-origin as it is in the field. Each test registers the HTML it needs under a path.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const PYM = readFileSync('node_modules/pym.js/dist/pym.v1.js', 'utf8');

/** Paragraphs of filler text, standing in for the host's own article around the embed. */
export const filler = (n: number) =>
	Array.from(
		{ length: n },
		(_, i) => `<p>Host paragraph ${i + 1}. ${'The host’s own words. '.repeat(12)}</p>`
	).join('');

export async function startHosts() {
	const pages = new Map<string, string>();
	const server = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
		if (path === '/pym.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(PYM);
		const html = pages.get(path);
		if (html === undefined) return void res.writeHead(404).end('Not found');
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return {
		origin,
		/** Serves `body` as a page at `path`; returns its URL. */
		page(path: string, body: string) {
			pages.set(
				path,
				`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font:16px/1.5 sans-serif}#wrap{margin:0 auto;max-width:1000px}</style></head>
<body>${body}</body></html>`
			);
			return origin + path;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
