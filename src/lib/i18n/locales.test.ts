import { describe, expect, it } from 'vitest';
import { enPage } from './en-page.ts';
import { en } from './en.ts';
import { isLang, LANGUAGES, LOCALES, wordsFor } from './locales.ts';
import { PAGE_LOCALES, pageWordsFor } from './page-locales.ts';

/** Every path to a leaf of a table, with the kind of value there. */
function shape(value: unknown, path = ''): string[] {
	if (typeof value === 'function') return [`${path}: function`];
	if (Array.isArray(value)) return [`${path}: list of ${value.length}`];
	if (value && typeof value === 'object')
		return Object.entries(value).flatMap(([key, v]) => shape(v, path ? `${path}.${key}` : key));
	return [`${path}: ${typeof value}`];
}

describe('the locale tables', () => {
	it('offer stories exactly the languages that have a table', () => {
		expect(LANGUAGES).toEqual(Object.keys(LOCALES));
		expect(LANGUAGES).toContain('en');
		expect(isLang('en')).toBe(true);
		expect(isLang('toString')).toBe(false);
	});

	it('each have every key of the English table, with the same kind of value', () => {
		for (const [lang, words] of Object.entries(LOCALES)) expect(shape(words), lang).toEqual(shape(en));
	});

	it('each name twelve months, in full and short', () => {
		for (const words of Object.values(LOCALES)) {
			expect(words.format.months).toHaveLength(12);
			expect(words.format.monthsShort).toHaveLength(12);
			expect(words.format.digits).toHaveLength(10);
		}
	});

	it('give English for a language there is no table for', () => {
		expect(wordsFor('en')).toBe(en);
		expect(wordsFor('xx')).toBe(en);
	});
});

describe('the English table', () => {
	it('reads as the site always has', () => {
		expect(en.story.linkToStep).toBe('Link to this step');
		expect(en.progress.stepOf(3, 32)).toBe('Step 3 of 32');
		expect(en.progress.chapterOf(2, 5, 'The coast road')).toBe('Chapter 2 of 5: The coast road');
		expect(en.announceStep(3, 32, 'The coast road')).toBe('Step 3 of 32: The coast road');
	});
});

describe('the page tables', () => {
	it('exist for exactly the languages of the reader’s tables, each with every key of the English one', () => {
		expect(Object.keys(PAGE_LOCALES)).toEqual(LANGUAGES);
		for (const [lang, words] of Object.entries(PAGE_LOCALES))
			expect(shape(words), lang).toEqual(shape(enPage));
	});

	it('give English for a language there is no table for', () => {
		expect(pageWordsFor('en')).toBe(enPage);
		expect(pageWordsFor('xx')).toBe(enPage);
		expect(pageWordsFor('toString')).toBe(enPage);
	});
});

describe('the English page table', () => {
	it('reads as the site always has', () => {
		expect(enPage.claims.claimedAs('reportedly')).toBe('claimed: “reportedly”');
		expect(enPage.claims.noteSource.after('Reuters', 'about 5 December 2016', true)).toBe(
			', Reuters, about 5 December 2016 (date estimated).'
		);
		expect(enPage.sources.meta('Reuters', undefined, '26 May 2016', false)).toBe('Reuters · 26 May 2016');
		expect(enPage.sources.meta('Reuters', 'Jo Bloggs', 'about 5 December 2016', true)).toBe(
			'Reuters, Jo Bloggs · about 5 December 2016 (date estimated)'
		);
		expect(enPage.sources.alsoWritten(['Sirt', 'Surt'])).toBe('also written Sirt, Surt.');
	});
});
