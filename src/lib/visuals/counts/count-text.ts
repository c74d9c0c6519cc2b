import type { CasualtyReport, Claim } from '../../content/types.ts';
import type { TableModel } from '../shared/table.ts';
import { casualtyGroups, SIDE_NAMES, SIDES, type CasualtyState, type ClaimModel } from './casualty-groups.ts';

/** Says the groups have different scales; shared by the chart's note and its description. */
export const SCALE_NOTE = 'Each group is drawn to its own scale.';

/** "Mohamed al-Ghasri via Reuters: 3 killed, 10 wounded", naming sides when the group mixes them. */
function claimSummary(c: ClaimModel, mixed: boolean, marked: boolean): string {
	const parts = SIDES.filter((s) => c.figures.some((f) => f.report.side === s)).map((s) => {
		const texts = c.figures.filter((f) => f.report.side === s).map((f) => f.text);
		return `${mixed ? `${SIDE_NAMES[s]} ` : ''}${texts.join(', ')}`;
	});
	return `${c.short}${marked && c.focused ? ' (highlighted)' : ''}: ${parts.join('; ')}`;
}

/** A title and a 1–3 sentence description of what the state shows, generated from the data. */
export function describeCasualties(
	reports: readonly CasualtyReport[],
	claims: readonly Claim[],
	state: CasualtyState
): { title: string; description: string } {
	const groups = casualtyGroups(reports, claims, state);
	const titles = groups.map((g) => g.title);
	const and = (xs: string[]) =>
		xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
	const title = `Casualty figures by who reports them${groups.length && groups.length < 3 ? `: ${and(titles)}` : ''}`;
	if (groups.length === 0) return { title, description: 'No casualty figures shown.' };
	const sentence = (g: (typeof groups)[number], marked: boolean) =>
		`${g.title}${g.sides.length === 1 ? ` (${SIDE_NAMES[g.sides[0]!]})` : ''}: ${g.claims
			.map((c) => claimSummary(c, g.sides.length > 1, marked))
			.join('; ')}.`;
	if (groups.length < 3)
		return {
			title,
			description: [...groups.map((g) => sentence(g, true)), ...(groups.length > 1 ? [SCALE_NOTE] : [])].join(
				' '
			)
		};
	const focus = groups.flatMap((g) => g.claims.filter((c) => c.focused).map((c) => ({ g, c })))[0];
	const highlight = focus
		? ` Highlighted, ${focus.g.title}: ${claimSummary(focus.c, focus.g.sides.length > 1, false)}.`
		: '';
	return {
		title,
		description: `${groups.length} groups of casualty figures, each drawn to its own scale: ${and(titles)}.${highlight}`
	};
}

/** The figures shown, one row per figure, for an accessible table. */
export function casualtyTable(
	reports: readonly CasualtyReport[],
	claims: readonly Claim[],
	state: CasualtyState
): TableModel {
	const groups = casualtyGroups(reports, claims, state);
	return {
		caption: `Casualty figures by who reports them: ${groups.map((g) => g.title).join('; ')}. Each row is one figure of one claim; claims that disagree are listed separately, not averaged.`,
		columns: ['Group', 'Claimant', 'Side', 'Kind', 'Figure', 'Hedged'],
		rows: groups.flatMap((g) =>
			g.claims.flatMap((c) =>
				c.figures.map((f) => [
					g.title,
					{ text: c.claimant, claim: c.id },
					SIDE_NAMES[f.report.side],
					f.report.kind,
					f.figure,
					c.hedged ? `Yes${c.hedge ? `: ${c.hedge}` : ''}` : 'No'
				])
			)
		)
	};
}
