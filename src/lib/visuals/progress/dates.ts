/**
 * The chart's clock: a story's dates are `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, in the story's own local time as its
 * sources printed it, with no zone. Read as UTC, they keep their day and hour wherever the page is rendered. A date
 * alone is its 00:00.
 */
import { MONTHS } from '../../content/dates.ts';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** Milliseconds since 1970 of a date or date-time, read as UTC. */
export const instant = (iso: string) =>
	Date.parse(iso.length > 10 ? `${iso.slice(0, 10)}T${iso.slice(11, 16)}:00Z` : `${iso}T00:00:00Z`);

/** Whether a date-time gives a time of day. */
export const hasTime = (iso: string) => iso.length > 10;

const month = (iso: string) => Number(iso.slice(5, 7)) - 1;
const dayOf = (iso: string) => Number(iso.slice(8, 10));

/** `2022-05-25` → "25 May"; `2030-08-29 06:10` → "29 Aug 06:10": for labels on the chart. */
export const shortDate = (iso: string) =>
	`${dayOf(iso)} ${MONTHS[month(iso)]!.slice(0, 3)}${hasTime(iso) ? ` ${iso.slice(11, 16)}` : ''}`;

/** `2022-06-15` → "15 June" (or "15 June 2022"); `2030-08-29 06:10` → "29 August 06:10": for sentences. */
export const longDate = (iso: string, withYear = false) =>
	`${dayOf(iso)} ${MONTHS[month(iso)]}${withYear ? ` ${iso.slice(0, 4)}` : ''}${hasTime(iso) ? ` ${iso.slice(11, 16)}` : ''}`;

/** A month's short name, "Dec", of a UTC instant. */
export const shortMonth = (t: number) => MONTHS[new Date(t).getUTCMonth()]!.slice(0, 3);

/** "25 May" of a UTC instant. */
export const dayMonth = (t: number) => {
	const d = new Date(t);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]!.slice(0, 3)}`;
};

export const round = (n: number) => Math.round(n * 100) / 100;
