import type { Provenance } from './claims.ts';

/**
 * Claim links (`a.claim-ref`) open a note saying who says so; without JavaScript they jump to the claim list.
 * Attach to the element that holds the story's text: `{@attach notes.attach}`.
 */
export class ClaimNotes {
	/** The claim whose note is open, if any. */
	open: Provenance | undefined = $state();
	#opener: HTMLElement | undefined;

	constructor(private readonly claims: () => Map<string, Provenance>) {}

	attach = (node: HTMLElement) => {
		const click = (event: MouseEvent) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a.claim-ref');
			const item = link && this.claims().get(link.dataset.claim ?? '');
			if (!item) return;
			event.preventDefault();
			this.#opener = link;
			this.open = item;
		};
		node.addEventListener('click', click);
		return () => node.removeEventListener('click', click);
	};

	/** Closes the note and gives focus back to the link that opened it. */
	close = () => {
		this.open = undefined;
		this.#opener?.focus();
	};
}
