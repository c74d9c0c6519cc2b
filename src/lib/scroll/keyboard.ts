import { isTyping, keyDelta } from './navigation.ts';
import type { StepOwner } from '../stage/owner.ts';

/**
 * Attachment for a story root: j/k anywhere, arrows and page keys while focus is inside the story (or anywhere on the
 * page, when the page is the story: an embed's frame), each asking `owner` for the next or previous step. Keys typed
 * into fields are left alone.
 */
export const keyboard =
	(owner: StepOwner, wholePage = false) =>
	(root: HTMLElement) => {
		const keydown = (event: KeyboardEvent) => {
			if (event.defaultPrevented || isTyping(event.target)) return;
			const delta = keyDelta(event, wholePage || root.contains(document.activeElement));
			if (delta === 0) return;
			event.preventDefault();
			owner.go(owner.index + delta);
		};
		window.addEventListener('keydown', keydown);
		return () => window.removeEventListener('keydown', keydown);
	};
