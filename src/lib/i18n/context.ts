import { getContext, setContext } from 'svelte';
import { en } from './en.ts';
import { wordsFor } from './locales.ts';
import type { Words } from './words.ts';

/** A language and its words, as a component reads them. */
export interface Locale {
	readonly lang: string;
	readonly words: Words;
}

const KEY = Symbol('locale');
const ENGLISH: Locale = { lang: 'en', words: en };

const localeOf = (lang: () => string): Locale => ({
	get lang() {
		return lang();
	},
	get words() {
		return wordsFor(lang());
	}
});

/**
 * Sets the language of this component and of everything it draws. Each root calls it (StoryView, SourcesView,
 * StoryClaims; Locale.svelte around a part of a page), during initialisation. `lang` is read at each use, as props
 * are, so a root whose story changes speaks the new story's language.
 */
export const setLocale = (lang: () => string): void => void setContext(KEY, localeOf(lang));

/**
 * The language and words of the nearest root, English when none set one. Call during initialisation, then read it
 * where it is used (`const words = $derived(locale.words)`), so the words follow the root's language.
 */
export const getLocale = (): Locale => getContext<Locale | undefined>(KEY) ?? ENGLISH;

/** The context a root created by hand (an island's render, hydrate or mount) needs to speak `lang`. */
export const localeContext = (lang: string): Map<unknown, unknown> => new Map([[KEY, localeOf(() => lang)]]);
