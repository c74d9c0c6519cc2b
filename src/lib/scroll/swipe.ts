import type { StepOwner } from '../stage/owner.ts';

/** How far a finger must travel sideways, in CSS pixels, for a swipe; shorter moves are taps or scrolls. */
const SWIPE = 48;

/**
 * Attachment: a sideways swipe on the element asks `owner` for the next step (leftwards) or the previous one
 * (rightwards). A move more vertical than sideways is the reader scrolling, and is left alone.
 */
export const swipe = (owner: StepOwner) => (element: HTMLElement) => {
	let start: { x: number; y: number; id: number } | undefined;
	const down = (event: PointerEvent) => {
		if (event.pointerType !== 'mouse') start = { x: event.clientX, y: event.clientY, id: event.pointerId };
	};
	const up = (event: PointerEvent) => {
		if (!start || event.pointerId !== start.id) return;
		const dx = event.clientX - start.x;
		const dy = event.clientY - start.y;
		start = undefined;
		if (Math.abs(dx) >= SWIPE && Math.abs(dx) > 2 * Math.abs(dy)) owner.go(owner.index + (dx < 0 ? 1 : -1));
	};
	const cancel = () => (start = undefined);
	element.addEventListener('pointerdown', down);
	element.addEventListener('pointerup', up);
	element.addEventListener('pointercancel', cancel);
	return () => {
		element.removeEventListener('pointerdown', down);
		element.removeEventListener('pointerup', up);
		element.removeEventListener('pointercancel', cancel);
	};
};
