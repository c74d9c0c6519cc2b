import { describe, expect, it } from 'vitest';
import { embedSnippets, pymId, type SnippetOptions } from './embed-snippets.ts';
import { embedUrl, oembedUrl } from './embed-url.ts';

const base: SnippetOptions = {
	origin: 'https://stories.example.org',
	story: 'harbour-town',
	chapter: 'the-quay',
	title: 'The quay — The harbour town',
	theme: 'auto',
	mode: 'stepper',
	height: 812,
	loaderIntegrity: 'sha384-abc+/def='
};
const SRC = 'https://stories.example.org/embed/harbour-town/the-quay/';

describe('embedUrl', () => {
	it('leaves out every option at its default', () => {
		expect(embedUrl({ origin: '', story: 's', chapter: 'c', mode: 'stepper', theme: 'auto' })).toBe(
			'/embed/s/c/'
		);
	});

	it('writes mode, theme, from and to in that order when they are not the defaults', () => {
		const url = embedUrl({
			origin: 'https://x.org',
			story: 's',
			chapter: 'c',
			mode: 'scroll',
			theme: 'dark',
			from: 'a',
			to: 'b'
		});
		expect(url).toBe('https://x.org/embed/s/c/?mode=scroll&theme=dark&from=a&to=b');
		expect(embedUrl({ origin: '', story: 's', chapter: 'c', to: 'b' })).toBe('/embed/s/c/?to=b');
	});

	it('gives each chapter one oEmbed file', () => {
		expect(oembedUrl({ origin: 'https://x.org', story: 's', chapter: 'c' })).toBe(
			'https://x.org/oembed/s/c.json'
		);
	});
});

describe('embedSnippets', () => {
	const s = embedSnippets(base);

	it('writes pym.js’s auto-init container, which accepts messages only from our origin, then pym itself', () => {
		expect(s.pym).toBe(
			`<div id="scrolly-harbour-town-the-quay" data-pym-src="${SRC}" ` +
				`data-pym-xdomain="^https:\\/\\/stories\\.example\\.org" data-pym-title="The quay — The harbour town" ` +
				`data-pym-optionalparams="false"></div>\n` +
				`<script src="https://pym.nprapps.org/pym.v1.min.js"></script>`
		);
		// pym appends `$` to xdomain: the pattern matches the origin exactly, and no look-alike host.
		const xdomain = new RegExp('^https:\\/\\/stories\\.example\\.org' + '$');
		expect(xdomain.test('https://stories.example.org')).toBe(true);
		expect(xdomain.test('https://stories.example.org.evil.net')).toBe(false);
		expect(xdomain.test('https://storiesXexample.org')).toBe(false);
	});

	it('asks pym to track the host’s scroll only in the scroll mode', () => {
		expect(s.pym).not.toContain('data-pym-trackscroll');
		const scroll = embedSnippets({ ...base, mode: 'scroll' }).pym;
		expect(scroll).toContain(`data-pym-src="${SRC}?mode=scroll"`);
		expect(scroll).toMatch(/ data-pym-trackscroll><\/div>/);
	});

	it('keeps pym’s container id within the contract’s childId pattern', () => {
		expect(pymId('harbour-town', 'the-quay')).toBe('scrolly-harbour-town-the-quay');
		const id = pymId('a'.repeat(40), 'b'.repeat(40));
		expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
		expect(pymId('x', 'y.z')).toBe('scrolly-x-y-z');
	});

	it('writes our loader’s container and script, with its integrity, from our origin', () => {
		expect(s.loader).toBe(
			`<div data-scrolly-embed="${SRC}" data-title="The quay — The harbour town" data-height="812"></div>\n` +
				`<script src="https://stories.example.org/embed/v1/loader.js" integrity="sha384-abc+/def=" ` +
				`crossorigin="anonymous" async></script>`
		);
		const unsigned = embedSnippets({ ...base, loaderIntegrity: undefined }).loader;
		expect(unsigned).toContain(
			'<script src="https://stories.example.org/embed/v1/loader.js" async></script>'
		);
	});

	it('writes a plain lazy, borderless, full-width iframe with the frame’s title and height', () => {
		expect(s.iframe).toBe(
			`<iframe src="${SRC}" title="The quay — The harbour town" width="100%" height="812" loading="lazy" ` +
				`style="border:0"></iframe>`
		);
	});

	it('gives the chapter’s oEmbed URL, whatever the options', () => {
		const options = embedSnippets({ ...base, mode: 'article', theme: 'dark', from: 'x', to: 'y' });
		expect(s.oembed).toBe('https://stories.example.org/oembed/harbour-town/the-quay.json');
		expect(options.oembed).toBe(s.oembed);
	});

	it('writes an AMP amp-iframe that AMP can resize: sandboxed, fixed-height, resizable, with an overflow element', () => {
		expect(s.amp).toBe(
			`<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>\n` +
				`<amp-iframe src="${SRC}" title="The quay — The harbour town" height="812" layout="fixed-height" ` +
				`sandbox="allow-scripts allow-same-origin" frameborder="0" resizable>\n` +
				`\t<div overflow tabindex="0" role="button" aria-label="Show all of The quay — The harbour town">Show more</div>\n` +
				`</amp-iframe>`
		);
	});

	it('puts the options in every frame’s URL, and rounds the height to whole pixels', () => {
		const o = embedSnippets({ ...base, mode: 'scroll', theme: 'light', from: 'a', to: 'b', height: 700.4 });
		const src = `${SRC}?mode=scroll&amp;theme=light&amp;from=a&amp;to=b`;
		for (const snippet of [o.pym, o.loader, o.iframe, o.amp]) expect(snippet).toContain(`"${src}"`);
		for (const snippet of [o.loader, o.iframe, o.amp]) expect(snippet).toMatch(/height="700"/);
	});

	it('escapes titles and URLs, so a hostile title or origin opens no markup in the host’s page', () => {
		const hostile = embedSnippets({
			...base,
			origin: 'https://x.org"><script>alert(1)</script>',
			title: `"><img src=x onerror=alert(1)> & 'q'`,
			loaderIntegrity: 'sha384-"><script>'
		});
		// With every quoted value blanked, the hostile snippets have exactly the benign ones' markup.
		const shape = (snippet: string) => snippet.replace(/"[^"]*"/g, '""');
		// The oEmbed snippet is a URL, not markup (the origin it starts with is validated: site-origin.server.ts).
		const { oembed: _url, ...markup } = hostile;
		for (const [name, snippet] of Object.entries(markup)) {
			expect(shape(snippet), name).toBe(shape(s[name as keyof typeof s]));
			expect(snippet, name).not.toContain('<img');
		}
		expect(hostile.iframe).toContain(
			'title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;q&#39;"'
		);
		expect(hostile.loader).toContain('integrity="sha384-&quot;&gt;&lt;script&gt;"');
	});
});
