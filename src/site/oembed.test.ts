import { describe, expect, it } from 'vitest';
import { embedTitle, oembedLink, oembedResponse, PROVIDER_NAME } from './oembed.ts';

const chapter = {
	origin: 'https://stories.example.org',
	story: 'harbour-town',
	chapter: 'the-quay',
	title: embedTitle('The quay', 'The harbour town')
};

describe('oEmbed', () => {
	it('names a chapter "chapter — story"', () => {
		expect(chapter.title).toBe('The quay — The harbour town');
	});

	it('oembedResponse is a rich oEmbed 1.0 response whose html frames the embed page at the estimated height', () => {
		expect(oembedResponse({ ...chapter, height: 812.6 })).toEqual({
			version: '1.0',
			type: 'rich',
			title: 'The quay — The harbour town',
			provider_name: PROVIDER_NAME,
			provider_url: 'https://stories.example.org/',
			html:
				'<iframe src="https://stories.example.org/embed/harbour-town/the-quay/" ' +
				'title="The quay — The harbour town" width="100%" height="813" loading="lazy" style="border:0"></iframe>',
			width: 375,
			height: 813
		});
	});

	it('oembedLink writes the discovery link to the chapter’s static response', () => {
		expect(oembedLink(chapter)).toBe(
			'<link rel="alternate" type="application/json+oembed" ' +
				'href="https://stories.example.org/oembed/harbour-town/the-quay.json" title="The quay — The harbour town">'
		);
	});

	it('oembedLink escapes the title, so a story’s title cannot end the tag', () => {
		const link = oembedLink({ ...chapter, title: '"><script>alert(1)</script> & co' });
		expect(link).toBe(
			'<link rel="alternate" type="application/json+oembed" ' +
				'href="https://stories.example.org/oembed/harbour-town/the-quay.json" ' +
				'title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; co">'
		);
	});
});
