/**
 * The package's interface words, one table per language, and the one place numbers and dates are formatted.
 *
 * A story says its language (`lang:` in story.md, one of LANGUAGES). Each root sets it in context (`setLocale`), and a
 * component reads the words there:
 *
 *     const locale = getLocale();
 *     const words = $derived(locale.words);
 *     … {words.story.linkToStep} … {formatDate(source.date, locale.lang, 'long')}
 *
 * English when no root set a language. Islands are roots of their own: Island.svelte hands them its context, and the
 * server renders them with `localeContext(story.lang)` (story-islands.ts). Plain TypeScript (the content layer, a
 * kind's layout) calls `wordsFor(lang)` and format.ts, which import no Svelte.
 *
 * The claim list, the claim note and the sources page read their words from a table of their own, which the story
 * page's script loads only with the claim note: `pageWordsFor(locale.lang).claims`.
 */
export { en } from './en.ts';
export { enPage } from './en-page.ts';
export {
	formatDate,
	formatList,
	formatMonthRange,
	formatNumber,
	formatRange,
	type DateOptions,
	type DateStyle
} from './format.ts';
export { getLocale, localeContext, setLocale, type Locale } from './context.ts';
export { isLang, LANGUAGES, LOCALES, wordsFor, type Lang } from './locales.ts';
export { PAGE_LOCALES, pageWordsFor } from './page-locales.ts';
export type { PageWords } from './page-words.ts';
export type { CountsWords, MapWords, ProgressWords, Words } from './words.ts';
