import { describe, expect, it } from 'vitest';
import { storyLoader } from '../story-loader.ts';
import { storyPropsScript } from '../story-props.ts';
import { offlineRegistration } from './register.ts';
import { localReferences, rewriteLink, singleFile } from './single-file.ts';

const files: Record<string, string> = {
	'a-story/': 'a-story.html',
	'present/a-story/': 'a-story-present.html'
};
const fileFor = (page: string) => files[page];
const ORIGIN = 'https://explainers.example';

/** A built audience screen, as the build writes one (present/<story>/index.html), reduced to what matters here. */
const built = (extra = '') =>
	`<!doctype html><html><head><link rel="icon" href="../../favicon.svg" type="image/svg+xml" />` +
	`<link href="../../_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)"><style>p{}</style></head>` +
	`<body><main><a href="/a-story/#claim-a">claim</a> <a href="../../a-story/sources/?x=1&amp;y=2">sources</a>` +
	` <a href="#step-b">b</a> <a href="https://elsewhere.example/x">out</a>${extra}</main>` +
	storyPropsScript(
		{
			story: { slug: 'a-story', html: '<a href="/a-story/#claim-a">c</a>' },
			storyHref: '/a-story/'
		} as never,
		'present-view'
	) +
	storyLoader('../../_app/immutable/entry/present.abc.js', []) +
	offlineRegistration('a-story', '../..') +
	`</body></html>`;
const read = (path: string) => {
	if (path !== 'favicon.svg') throw new Error(`no ${path}`);
	return Buffer.from('<svg/>');
};
const page = 'present/a-story/';

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
		expect(out).toContain('<a href="a-story.html#claim-a">');
		expect(out).toContain(`<a href="${ORIGIN}/a-story/sources/?x=1&amp;y=2">`);
		expect(out).toContain('<a href="#step-b">');
		expect(out).toContain('<a href="https://elsewhere.example/x">');
		// The props the script draws from change the same way.
		expect(out).toContain('"storyHref":"a-story.html"');
		expect(out).toContain('\\u003ca href=\\"a-story.html#claim-a\\">');
	});

	it('refuses a page whose script has no bundle, or that still loads a file', () => {
		expect(() => singleFile({ html: built(), page, read, fileFor, origin: ORIGIN })).toThrow(
			'/present/a-story/ has a script, and no bundle was built for it'
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
		).toThrow('/present/a-story/ still loads ../../map.png');
	});
});

describe('rewriteLink', () => {
	it('keeps a link to the page itself in the file, and resolves relative links from the page', () => {
		expect(rewriteLink('/present/a-story/#x', page, fileFor, ORIGIN)).toBe('#x');
		expect(rewriteLink('./', 'a-story/', fileFor, ORIGIN)).toBe('a-story.html');
		expect(rewriteLink('../', 'a-story/sources/', fileFor, ORIGIN)).toBe('a-story.html');
		expect(rewriteLink('?step=a', page, fileFor, ORIGIN)).toBe('a-story-present.html?step=a');
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
