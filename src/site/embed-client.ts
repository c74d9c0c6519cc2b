// The embed page's only script. The page is prerendered once for every query (csr = false); this reads the address
// (mode, theme, step range, pym's childId, WordPress's secret), mounts the chosen mode in place of the unrolled
// chapter the server drew, and keeps the host told: the frame's height and each step the reader reaches.
import { mount } from 'svelte';
import EmbedView from '$lib/embed/EmbedView.svelte';
import { connectHost } from '$lib/embed/host-link.ts';
import { childIdFrom, wordpressSecretFrom } from '$lib/embed/host-messages.ts';
import { HostViewport } from '$lib/embed/host-viewport.svelte.ts';
import { embedOptions } from '$lib/embed/options.ts';
import { wordsFor } from '$lib/i18n/index.ts';
import { EMBED_VIEW_ID } from './embed-props.ts';
import { readStoryProps, type ModeProps } from './story-props.ts';

const target = document.getElementById(EMBED_VIEW_ID);
if (!target) throw new Error(`embed page: no #${EMBED_VIEW_ID} element to draw into`);
const { story, basemap, storyHref } = readStoryProps<ModeProps>(document, EMBED_VIEW_ID);
const chapter = story.chapters[0]!;
const secret = wordpressSecretFrom(location.hash);
const options = embedOptions(
	location.search,
	chapter.steps.map((s) => s.id),
	secret !== null
);
const steps = chapter.steps.slice(options.first, options.last + 1);

const link = connectHost(window, {
	childId: childIdFrom(location.search),
	secret,
	onViewport: ({ width, height, top }) => host.update({ width, height, top })
});
const host = new HostViewport((y) => link.scrollTo(y));

target.replaceChildren();
mount(EmbedView, {
	target,
	props: {
		story: { ...story, chapters: [{ ...chapter, steps }] },
		basemap,
		storyHref,
		mode: options.mode,
		host,
		notice:
			options.unknownStep === undefined
				? undefined
				: wordsFor(story.lang).embed.wholeChapter(options.unknownStep),
		onstep: (index, step) =>
			link.sendStep({ story: story.slug, chapter: chapter.id, step, index, count: steps.length })
	}
});
document.documentElement.classList.remove('mode-pending');
// pym.Parent reports the host's viewport only when the host scrolls or resizes: ask where the frame is now.
if (options.mode === 'scroll') link.askPosition();

// The frame fits its content: the host is told the height whenever it changes (the page never sizes itself by the
// frame's height, so this cannot feed back).
const height = () => Math.ceil(document.body.getBoundingClientRect().height);
new ResizeObserver(() => link.sendHeight(height())).observe(document.body);
