/**
 * Attachment: every link in the embed leaves the frame for a new tab, with no handle on the embed
 * (`rel="noopener"`); a link within the page (`#step-…`, `#claim-…`) goes to that place in the whole story. Links
 * are fixed up when the embed is drawn and again at the moment one is followed, so links drawn later are covered.
 */
export const linksOut = (storyHref: string) => (root: HTMLElement) => {
	const fix = (link: HTMLAnchorElement) => {
		const href = link.getAttribute('href');
		if (href?.startsWith('#'))
			link.setAttribute('href', new URL(href, new URL(storyHref, location.href)).href);
		link.target = '_blank';
		link.rel = 'noopener';
	};
	root.querySelectorAll('a[href]').forEach((a) => fix(a as HTMLAnchorElement));
	const follow = (event: Event) => {
		const link = (event.target as Element | null)?.closest?.('a[href]');
		if (link && root.contains(link)) fix(link as HTMLAnchorElement);
	};
	root.addEventListener('click', follow, true);
	root.addEventListener('auxclick', follow, true);
	return () => {
		root.removeEventListener('click', follow, true);
		root.removeEventListener('auxclick', follow, true);
	};
};
