/**
 * The languages the package speaks, each with its table of words. Pure (no Svelte, no DOM): the content layer reads
 * LANGUAGES to check a story's `lang:`.
 */
import { en } from './en.ts';
import type { Words } from './words.ts';

export const LOCALES = { en } as const satisfies Record<string, Words>;

export type Lang = keyof typeof LOCALES;

/** The language codes a story may declare. */
export const LANGUAGES = Object.keys(LOCALES) as Lang[];

export const isLang = (lang: string): lang is Lang => Object.hasOwn(LOCALES, lang);

/** The words of `lang`; English for a language the package does not have (a story's `lang:` is checked at build). */
export const wordsFor = (lang: string): Words => (isLang(lang) ? LOCALES[lang] : LOCALES.en);
