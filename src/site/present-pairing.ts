import type { ReaderStory } from '$lib/content/reader.ts';
import type { PairRole } from '$lib/present/pair-messages.ts';
import { presentTransports } from '$lib/present/pair-transports.ts';
import { Pairing } from '$lib/present/pairing.svelte.ts';
import { UrlOwner } from '$lib/present/url-owner.svelte.ts';
import { readingOrder } from '$lib/story-islands.ts';

/**
 * A presentation window's owner: the address (`?step=`), paired with the story's other presentation windows in this
 * browser. Pairing starts at once, and says goodbye when the page goes away. The presenter names the audience
 * screen's page (`audienceHref`, relative to its own), which its Pairing opens.
 */
export function pairedOwner(story: ReaderStory, role: PairRole, audienceHref?: string) {
	const ids = readingOrder(story).map((s) => s.id);
	const address = new UrlOwner(() => ids);
	address.listen();
	const { windows, transports } = presentTransports(story.slug);
	const audience = audienceHref ? { href: new URL(audienceHref, location.href).href, windows } : undefined;
	const owner = new Pairing(address, { story: story.slug, role, ids: () => ids, transports, audience });
	const stop = owner.start();
	window.addEventListener('pagehide', stop, { once: true });
	return { owner, unknown: address.unknown };
}
