/**
 * The page words (page-words.ts) of each language the package speaks. Apart from locales.ts so that only what draws
 * claims or the sources page imports them: the story page's script reaches this module only through the claim
 * note, which it loads when a reader opens one.
 */
import { enPage } from './en-page.ts';
import type { Lang } from './locales.ts';
import type { PageWords } from './page-words.ts';

/** One table per language of LOCALES: a language with reader's words but no page words does not compile. */
export const PAGE_LOCALES: Record<Lang, PageWords> = { en: enPage };

/** The page words of `lang`; English for a language the package does not have. */
export const pageWordsFor = (lang: string): PageWords =>
	Object.hasOwn(PAGE_LOCALES, lang) ? PAGE_LOCALES[lang as Lang] : PAGE_LOCALES.en;
