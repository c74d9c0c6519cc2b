/** What the counts chart says in words at a step: its title and description, and its data table. */
import { formatList } from '../../i18n/format.ts';
import { wordsFor } from '../../i18n/locales.ts';
import type { CountsWords } from '../../i18n/words.ts';
import type { TableModel } from '../shared/table.ts';
import type { VisualText } from '../kind.ts';
import { countGroups, type ClaimModel, type CountsInput, type GroupModel } from './count-groups.ts';
import type { CountsState } from './spec.ts';

/** "Jo Bloggs via the Daily Record: 3 killed, 10 wounded", naming sides when the group mixes them. */
function claimSummary(c: ClaimModel, g: GroupModel, marked: boolean, words: CountsWords): string {
	const mixed = g.sides.length > 1;
	const parts = g.sides
		.filter((s) => c.figures.some((f) => f.side === s))
		.map((s) => {
			const texts = c.figures.filter((f) => f.side === s).map((f) => f.text);
			return `${mixed ? `${s.short} ` : ''}${texts.join(', ')}`;
		});
	return `${c.short}${marked && c.focused ? ` ${words.highlighted}` : ''}: ${parts.join('; ')}`;
}

/** One sentence per group: "The first raid (Red Company): Jo Bloggs: 3 killed; …". */
function sentence(g: GroupModel, marked: boolean, words: CountsWords): string {
	const side = g.sides.length === 1 ? ` (${g.sides[0]!.short})` : '';
	return `${g.title}${side}: ${g.claims.map((c) => claimSummary(c, g, marked, words)).join('; ')}.`;
}

/**
 * A title and a 1–3 sentence description of what the state shows, generated from the data: every figure of one or
 * two groups, or, for three and more, the groups' titles and the focused claim.
 */
export function describeCounts(input: CountsInput, state: CountsState): VisualText {
	const { config, lang } = input;
	const words = wordsFor(lang).visuals.counts;
	const noun = config.noun ?? words.noun;
	const groups = countGroups(input, state);
	const titles = groups.map((g) => g.title);
	const title = `${config.title}${groups.length && groups.length < 3 ? `: ${formatList(titles, lang)}` : ''}`;
	if (groups.length === 0) return { title, description: words.none(noun) };
	if (groups.length < 3) {
		const sentences = groups.map((g) => sentence(g, true, words));
		return { title, description: [...sentences, ...(groups.length > 1 ? [words.scaleNote] : [])].join(' ') };
	}
	const focus = groups.flatMap((g) => g.claims.filter((c) => c.focused).map((c) => ({ g, c })))[0];
	const highlight = focus
		? ` ${words.highlightedIn(focus.g.title)} ${claimSummary(focus.c, focus.g, false, words)}.`
		: '';
	return { title, description: `${words.groups(groups.length, noun, formatList(titles, lang))}${highlight}` };
}

/** The figures shown, one row per figure, for an accessible table. */
export function countsTable(input: CountsInput, state: CountsState): TableModel {
	const groups = countGroups(input, state);
	const { table } = wordsFor(input.lang).visuals.counts;
	return {
		caption: table.caption(input.config.title, groups.map((g) => g.title).join('; ')),
		columns: [...table.columns],
		rows: groups.flatMap((g) =>
			g.claims.flatMap((c) =>
				c.figures.map((f) => [
					g.title,
					{ text: c.claimant, claim: c.id },
					f.side.short,
					f.kind,
					f.figure,
					c.hedged ? `${table.yes}${c.hedge ? `: ${c.hedge}` : ''}` : table.no
				])
			)
		)
	};
}
