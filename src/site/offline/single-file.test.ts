import { describe, expect, it } from 'vitest';
import { storyLoader } from '../story-loader.ts';
import { storyPropsScript } from '../story-props.ts';
import { offlineRegistration } from './register.ts';
import { localReferences, rewriteLink, singleFile } from './single-file.ts';

const files: Record<string, string> = {
	'road-to-sirte/': 'road-to-sirte.html',
	'present/road-to-sirte/': 'road-to-sirte-present.html'
};
const fileFor = (page: string) => files[page];
const ORIGIN = 'https://explainers.example';

/** A built audience screen, as the build writes one (present/<story>/index.html), reduced to what matters here. */
const built = (extra = '') =>
	`<!doctype html><html><head><link rel="icon" href="../../favicon.svg" type="image/svg+xml" />` +
	`<link href="../../_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)"><style>p{}</style></head>` +
	`<body><main><a href="/road-to-sirte/#claim-a">claim</a> <a href="../../road-to-sirte/sources/?x=1&amp;y=2">sources</a>` +
	` <a href="#step-b">b</a> <a href="https://elsewhere.example/x">out</a>${extra}</main>` +
	storyPropsScript(
		{
			story: { slug: 'road-to-sirte', html: '<a href="/road-to-sirte/#claim-a">c</a>' },
			storyHref: '/road-to-sirte/'
		} as never,
		'present-view'
	) +
	storyLoader('../../_app/immutable/entry/present.abc.js', []) +
	offlineRegistration('road-to-sirte', '../..') +
	`</body></html>`;
const read = (path: string) => {
	if (path !== 'favicon.svg') throw new Error(`no ${path}`);
	return Buffer.from('<svg/>');
};
const page = 'present/road-to-sirte/';

describe('singleFile', () => {
	const out = singleFile({
		html: built(),
		page,
		bundle: { js: 'export {}', css: '.island{}' },
		read,
		fileFor,
		origin: ORIGIN
	});

	it('leaves nothing the page would fetch from beside it', () => {
		expect(localReferences(out)).toEqual([]);
		expect(out).toContain(`href="data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}"`);
		expect(out).not.toContain('disabled');
	});

	it('loads the page’s client from a data URI through the page’s own loader, with its CSS inline, and no worker', () => {
		const data = `data:text/javascript;base64,${Buffer.from('export {}').toString('base64')}`;
		expect(out).toContain(storyLoader(data, []));
		expect(out).toContain('<style>.island{}</style></head>');
		expect(out).not.toContain('serviceWorker');
	});

	it('points links at the story’s single files, other pages of the site at the site, and leaves the rest', () => {
		expect(out).toContain('<a href="road-to-sirte.html#claim-a">');
		expect(out).toContain(`<a href="${ORIGIN}/road-to-sirte/sources/?x=1&amp;y=2">`);
		expect(out).toContain('<a href="#step-b">');
		expect(out).toContain('<a href="https://elsewhere.example/x">');
		// The props the script draws from change the same way.
		expect(out).toContain('"storyHref":"road-to-sirte.html"');
		expect(out).toContain('\\u003ca href=\\"road-to-sirte.html#claim-a\\">');
	});

	it('refuses a page whose script has no bundle, or that still loads a file', () => {
		expect(() => singleFile({ html: built(), page, read, fileFor, origin: ORIGIN })).toThrow(
			'/present/road-to-sirte/ has a script, and no bundle was built for it'
		);
		expect(() =>
			singleFile({
				html: built('<img src="../../map.png" alt="">'),
				page,
				bundle: { js: '', css: '' },
				read,
				fileFor,
				origin: ORIGIN
			})
		).toThrow('/present/road-to-sirte/ still loads ../../map.png');
	});
});

describe('rewriteLink', () => {
	it('keeps a link to the page itself in the file, and resolves relative links from the page', () => {
		expect(rewriteLink('/present/road-to-sirte/#x', page, fileFor, ORIGIN)).toBe('#x');
		expect(rewriteLink('./', 'road-to-sirte/', fileFor, ORIGIN)).toBe('road-to-sirte.html');
		expect(rewriteLink('../', 'road-to-sirte/sources/', fileFor, ORIGIN)).toBe('road-to-sirte.html');
		expect(rewriteLink('?step=a', page, fileFor, ORIGIN)).toBe('road-to-sirte-present.html?step=a');
		expect(rewriteLink('mailto:a@b.example', page, fileFor, ORIGIN)).toBe('mailto:a@b.example');
	});
});

describe('localReferences', () => {
	it('finds the resources and CSS urls a page would fetch, and not its links, data or fragments', () => {
		const html =
			`<link rel="stylesheet" href="a.css"><script src="b.js"></script><img src="data:image/png;base64,AA">` +
			`<a href="c.html">c</a><style>x{background:url("d.png")} y{fill:url(#e)}</style>`;
		expect(localReferences(html)).toEqual(['a.css', 'b.js', 'd.png']);
	});
});
