import type { Provenance } from './claims.ts';

/**
 * Claim links (`a.claim-ref`) open a note saying who says so; without JavaScript they jump to the claim list.
 * Attach to the element that holds the story's text: `{@attach notes.attach}`. `prepare` (to load the note's code,
 * say) is called as soon as a reader presses or focuses a claim link, before the note opens. Not on hover: a mouse
 * resting over the text while the wheel scrolls passes over every link. Escape closes the note, even one whose code
 * is still on its way, so it never appears after the reader has dismissed it.
 */
export class ClaimNotes {
	/** The claim whose note is open, if any. */
	open: Provenance | undefined = $state();
	#opener: HTMLElement | undefined;

	constructor(
		private readonly claims: () => Map<string, Provenance>,
		private readonly prepare: () => void = () => {}
	) {}

	attach = (node: HTMLElement) => {
		const link = (event: Event) => (event.target as Element).closest?.<HTMLAnchorElement>('a.claim-ref');
		const near = (event: Event) => {
			if (link(event)) this.prepare();
		};
		const click = (event: MouseEvent) => {
			const a = link(event);
			const item = a && this.claims().get(a.dataset.claim ?? '');
			if (!item) return;
			event.preventDefault();
			this.prepare();
			this.#opener = a;
			this.open = item;
		};
		const escape = (event: KeyboardEvent) => {
			if (event.key === 'Escape' && this.open) this.close();
		};
		const events = { click, pointerdown: near, focusin: near } as const;
		for (const [type, listener] of Object.entries(events))
			node.addEventListener(type, listener as EventListener, { passive: type !== 'click' });
		window.addEventListener('keydown', escape);
		return () => {
			for (const [type, listener] of Object.entries(events))
				node.removeEventListener(type, listener as EventListener);
			window.removeEventListener('keydown', escape);
		};
	};

	/** Closes the note and gives focus back to the link that opened it. */
	close = () => {
		this.open = undefined;
		this.#opener?.focus();
	};
}
