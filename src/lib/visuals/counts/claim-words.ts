/**
 * Words read from a claim for the chart's labels: the qualifier a claim puts before a number, and who says so, short
 * enough for a label. A claim is written in its story's language, whose qualifiers and "via" the locale table gives;
 * the patterns of a claimant's name are English's.
 */
import { formatNumber } from '../../i18n/format.ts';
import { wordsFor } from '../../i18n/locales.ts';

/**
 * The word the claim, in the language `lang`, puts before the number, if any:
 * qualifier("about 75 killed, more than 350 wounded", 350, 'en') → "more than".
 */
export function qualifier(value: string, n: number, lang: string): string {
	const qualifiers = wordsFor(lang).visuals.counts.qualifiers.join('|');
	for (const num of new Set([formatNumber(n, lang), String(n)])) {
		const digits = num.replace(/\./g, '\\.');
		const m = new RegExp(`(?:^|[^\\w])(${qualifiers})\\s+${digits}(?!\\d|[,.]\\d)`, 'i').exec(value);
		if (m) return m[1]!.toLowerCase();
	}
	return '';
}

/**
 * Who says so, short: the name, a spokesman's institution and who relayed the figure ("Jo Bloggs, spokesman for the
 * city hospital, via the Daily Record" → "Jo Bloggs, the city hospital via the Daily Record", "via" in the language
 * `lang`). Parentheses and later sentences go, and so does a relay through one of the story's own source articles
 * ("via article 000").
 */
export function shortClaimant(claimant: string, lang: string): string {
	const first = claimant.replace(/\s*\([^)]*\)/g, '').split(/\.\s/)[0]!;
	const [head = '', ...rest] = first.split(/,\s*/);
	const role = rest.map((s) => /^spokesman for (.+)$/i.exec(s)?.[1]).find((s) => s !== undefined);
	const via = rest
		.map((s) => /^(?:via|as reported by) (.+)$/i.exec(s)?.[1])
		.find((s) => s !== undefined && !/^article\b/i.test(s));
	const citing = rest.find((s) => /^citing /i.test(s));
	return (
		head +
		(role ? `, ${role}` : '') +
		(via ? ` ${wordsFor(lang).visuals.counts.via} ${via}` : citing ? ` ${citing}` : '')
	);
}
