import type { CasualtyReport, Claim } from '../../content/types.ts';

export type Side = CasualtyReport['side'];
export type Kind = CasualtyReport['kind'];

/** What a step asks the casualty bars to show. */
export interface CasualtyState {
	/** Group ids of data/casualties.csv, in display order. */
	groups: string[];
	/** Highlight the figures of this claim. */
	focus?: string;
}

/** One figure of one claim, with the words that go beside its bar. */
export interface FigureModel {
	report: CasualtyReport;
	/** The number as the claim gives it: "more than 2,100", "about 2,000–2,500". */
	figure: string;
	/** Figure, kind and hedge: "3 killed", "100 killed (claimed)". */
	text: string;
	/** `text`, prefixed with the side when the group mixes sides: "IS: about 2,000–2,500 killed". */
	label: string;
}

/** One claim of a group: one row of bars. */
export interface ClaimModel {
	id: string;
	/** Who says so, in full. */
	claimant: string;
	/** Who says so, short enough for a chart label. */
	short: string;
	hedged: boolean;
	hedge?: string;
	focused: boolean;
	dimmed: boolean;
	figures: FigureModel[];
}

export interface GroupModel {
	id: string;
	title: string;
	sides: Side[];
	/** The title, naming the side when there is only one: "Abu Grain: GNA forces". */
	heading: string;
	claims: ClaimModel[];
}

export const SIDES: Side[] = ['gna', 'is', 'civilian'];
export const KINDS: Kind[] = ['killed', 'wounded', 'captured'];
export const SIDE_NAMES: Record<Side, string> = {
	gna: 'GNA forces',
	is: 'Islamic State',
	civilian: 'Civilians'
};
const SIDE_PREFIX: Record<Side, string> = { gna: 'GNA', is: 'IS', civilian: 'Civilians' };

/** Display titles of the road-to-Sirte comparisons; other groups fall back to their id in words. */
export const GROUP_TITLES: Record<string, string> = {
	'may-5': '5 May attacks',
	'abu-grain': 'Abu Grain',
	buwairat: 'Buwairat al-Hassun truck bomb',
	baghla: 'Al-Baghla and around Sirte (25 May)',
	'campaign-may': 'Campaign to 29 May',
	'campaign-aug': 'Campaign to 29 August',
	'campaign-total': 'Whole campaign (May–December)'
};

export function groupTitle(id: string): string {
	const words = id.replace(/-/g, ' ');
	return GROUP_TITLES[id] ?? words.charAt(0).toUpperCase() + words.slice(1);
}

/** 3210 → "3,210". */
export const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

const QUALIFIERS = ['about', 'around', 'more than', 'over', 'at least', 'nearly', 'almost', 'up to', 'some'];

/** The word the claim puts before the number, if any: qualifier("about 75 killed, more than 350 wounded", 350) → "more than". */
export function qualifier(value: string, n: number): string {
	for (const num of new Set([thousands(n), String(n)])) {
		const m = new RegExp(`(?:^|[^\\w])(${QUALIFIERS.join('|')})\\s+${num}(?!\\d|,\\d)`, 'i').exec(value);
		if (m) return m[1]!.toLowerCase();
	}
	return '';
}

/** Who says so, short: "Aziz Issa, spokesman for Misrata hospital" → "Aziz Issa, Misrata hospital". */
export function shortClaimant(claimant: string): string {
	const first = claimant.replace(/\s*\([^)]*\)/g, '').split(/\.\s/)[0]!;
	const [head = '', ...rest] = first.split(/,\s*/);
	const role = rest.map((s) => /^spokesman for (.+)$/i.exec(s)?.[1]).find((s) => s !== undefined);
	const via = rest
		.map((s) => /^(?:via|as reported by) (.+)$/i.exec(s)?.[1])
		.find((s) => s !== undefined && !/^article\b/i.test(s));
	const citing = rest.find((s) => /^citing /i.test(s));
	return head + (role ? `, ${role}` : '') + (via ? ` via ${via}` : citing ? ` ${citing}` : '');
}

const bySideAndKind = (a: CasualtyReport, b: CasualtyReport) =>
	SIDES.indexOf(a.side) - SIDES.indexOf(b.side) || KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind);

/**
 * The figures a state shows: one group per state group (in the state's order), one claim per claimant in data order,
 * figures by side then kind. Everything the chart, its description and its table say comes from here.
 */
export function casualtyGroups(
	reports: readonly CasualtyReport[],
	claims: readonly Claim[],
	state: CasualtyState
): GroupModel[] {
	const claimById = new Map(claims.map((c) => [c.id, c]));
	const shown = reports.filter((r) => state.groups.includes(r.group));
	const dim = state.focus !== undefined && shown.some((r) => r.claim === state.focus);
	return state.groups
		.filter((g, i) => state.groups.indexOf(g) === i && shown.some((r) => r.group === g))
		.map((id) => {
			const rows = shown.filter((r) => r.group === id);
			const sides = SIDES.filter((s) => rows.some((r) => r.side === s));
			const mixed = sides.length > 1;
			const claimIds = [...new Set(rows.map((r) => r.claim))];
			return {
				id,
				title: groupTitle(id),
				sides,
				heading: mixed ? groupTitle(id) : `${groupTitle(id)}: ${SIDE_NAMES[sides[0]!]}`,
				claims: claimIds.map((cid) => {
					const claim = claimById.get(cid);
					const hedged = claim?.hedged ?? false;
					return {
						id: cid,
						claimant: claim?.claimant ?? cid,
						short: claim ? shortClaimant(claim.claimant) : cid,
						hedged,
						hedge: claim?.hedge,
						focused: cid === state.focus,
						dimmed: dim && cid !== state.focus,
						figures: rows
							.filter((r) => r.claim === cid)
							.sort(bySideAndKind)
							.map((report) => {
								const q = qualifier(claim?.value ?? '', report.count);
								const range = report.high === undefined ? '' : `–${thousands(report.high)}`;
								const figure = `${q ? `${q} ` : ''}${thousands(report.count)}${range}`;
								const text = `${figure} ${report.kind}${hedged ? ' (claimed)' : ''}`;
								return { report, figure, text, label: mixed ? `${SIDE_PREFIX[report.side]}: ${text}` : text };
							})
					};
				})
			};
		});
}
