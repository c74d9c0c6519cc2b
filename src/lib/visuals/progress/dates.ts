/**
 * The chart's clock: a story's dates are `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, in the story's own local time as its
 * sources printed it, with no zone. Read as UTC, they keep their day and hour wherever the page is rendered. A date
 * alone is its 00:00. The chart writes them with i18n/format.ts.
 */

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Milliseconds since 1970 of a date or date-time, read as UTC. */
export const instant = (iso: string) =>
	Date.parse(iso.length > 10 ? `${iso.slice(0, 10)}T${iso.slice(11, 16)}:00Z` : `${iso}T00:00:00Z`);

/** Whether a date-time gives a time of day. */
export const hasTime = (iso: string) => iso.length > 10;

export const round = (n: number) => Math.round(n * 100) / 100;
