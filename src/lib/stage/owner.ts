/**
 * Whoever decides which step is active: the scroll tracker (readers, and an embed whose host reports its scroll), the
 * stepper (embeds, and browsers without IntersectionObserver), or the URL (the classroom presenter). Keys and buttons
 * ask the owner; they keep no counter. The stage (StoryStage.svelte) marks the step the owner names, and the visual
 * only ever sees `index`, so neither can tell which owner is in charge.
 */
export interface StepOwner {
	/** Index of the active step; -1 before the first. */
	readonly index: number;
	/**
	 * Ask for step `index` (clamped to the steps there are). `jump`: go there at once, with no motion on the way (a
	 * deep link); otherwise an owner that scrolls may animate.
	 */
	go(index: number, jump?: boolean): void;
}
