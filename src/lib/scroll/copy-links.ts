import type { Words } from '../i18n/index.ts';

/**
 * Attachment for a story's root: a press on a step's "Copy link" button (CopyLink.svelte, `data-copy-step`) puts that
 * step's address on the clipboard, and the status beside the button says so, or gives the address to copy by hand.
 * One listener for every step, so the steps themselves are plain HTML that never needs hydrating.
 */
export const copyLinks = (words: () => Words) => (root: HTMLElement) => {
	const press = async (event: MouseEvent) => {
		const button = (event.target as Element | null)?.closest?.('button[data-copy-step]');
		if (!button || !root.contains(button)) return;
		const url = new URL(`#step-${button.getAttribute('data-copy-step')}`, window.location.href).href;
		const status = button.nextElementSibling;
		try {
			await navigator.clipboard.writeText(url);
			if (status) status.textContent = words().story.linkCopied;
		} catch {
			if (status) status.textContent = words().story.copyByHand(url);
		}
	};
	root.addEventListener('click', press);
	return () => root.removeEventListener('click', press);
};
