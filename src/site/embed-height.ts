/**
 * An estimate of an embedded chapter's height in the stepper at 375 px wide, for snippets and oEmbed responses, which
 * need a height before the embed can post its own (the embed then resizes its frame). Deterministic: the same
 * chapter always gives the same number. It models the reader's stepper (src/lib/scroll/StepperView.svelte, StepCard):
 * the tallest step decides, since the frame must hold every step without a scrollbar. An estimate, not a
 * measurement: fonts' widths vary, so the character width below is a serif font's average, rounded down (more lines).
 */
export const ESTIMATE_WIDTH = 375;

/** The graphic: 60svh of a 375 × 667 phone. */
const GRAPHIC = 400;
/** Previous / step count / next, with their margins. */
const CONTROLS = 60;
/** The card's padding and border, and its line of links (link to this step, copy). */
const CARD = 10 + 40;
/** The stepper's bottom padding. */
const BOTTOM = 32;
/** 17 px text at a line height of 1.55. */
const LINE = 17 * 1.55;
/** One paragraph's margin (1em), between paragraphs and at the card's top. */
const PARAGRAPH_GAP = 17;
/** 375 px less the page's and the card's padding and borders: 306 px of text at about 8.5 px a character. */
const CHARS_PER_LINE = 36;

/** A step's text as paragraphs of plain text (each entity counted as one character). */
export function paragraphs(html: string): string[] {
	return html
		.split(/<\/(?:p|li|h[1-6]|blockquote)>|<br\s*\/?>/i)
		.map((part) =>
			part
				.replace(/<[^>]*>/g, '')
				.replace(/&(?:#\d+|#x[\da-f]+|\w+);/gi, '_')
				.replace(/\s+/g, ' ')
				.trim()
		)
		.filter(Boolean);
}

/** The estimated height of one step's card text. */
export function textHeight(html: string): number {
	const blocks = paragraphs(html);
	const lines = blocks.reduce((sum, text) => sum + Math.ceil(text.length / CHARS_PER_LINE), 0);
	return lines * LINE + (blocks.length + 1) * PARAGRAPH_GAP;
}

/** The chapter's estimated height in whole pixels at 375 px: the stepper around its tallest step's text. */
export function estimateEmbedHeight(steps: readonly { html: string }[]): number {
	const tallest = Math.max(0, ...steps.map((s) => textHeight(s.html)));
	return Math.ceil(GRAPHIC + CONTROLS + CARD + BOTTOM + tallest);
}
