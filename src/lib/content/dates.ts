/**
 * Dates are written by src/lib/i18n/format.ts, in the story's language. These English month names stay for the
 * modules that still import them from here (visuals/progress/dates.ts, visuals/map/text.ts) until they move to it.
 */
import { en } from '../i18n/en.ts';

/** Month names, for dates written out for readers. */
export const MONTHS = en.format.months;
