/**
 * Whoever decides which step is active: the scroll tracker (readers), the stepper (embeds, and browsers without
 * IntersectionObserver), or the URL (the classroom presenter). Keys and buttons ask the owner; they keep no counter.
 * The visual only ever sees `index`, so it cannot tell which owner is in charge.
 */
export interface StepOwner {
	/** Index of the active step; -1 before the first. */
	readonly index: number;
	/** Ask for step `index` (clamped to the steps there are). */
	go(index: number): void;
}
