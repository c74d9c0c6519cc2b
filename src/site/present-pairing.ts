import type { ReaderStory } from '$lib/content/reader.ts';
import type { PairRole } from '$lib/present/pair-messages.ts';
import { presentTransports } from '$lib/present/pair-transports.ts';
import { Pairing } from '$lib/present/pairing.svelte.ts';
import { UrlOwner } from '$lib/present/url-owner.svelte.ts';
import { readingOrder } from '$lib/story-islands.ts';

/**
 * A presentation window's owner: the address (`?step=`), paired with the story's other presentation windows in this
 * browser. Pairing starts at once, and says goodbye when the page goes away.
 */
export function pairedOwner(story: ReaderStory, role: PairRole) {
	const ids = readingOrder(story).map((s) => s.id);
	const address = new UrlOwner(() => ids);
	address.listen();
	const { windows, transports } = presentTransports(story.slug);
	const owner = new Pairing(address, { story: story.slug, role, ids: () => ids, transports });
	const stop = owner.start();
	window.addEventListener('pagehide', stop, { once: true });
	return { owner, windows, ids, unknown: address.unknown };
}
