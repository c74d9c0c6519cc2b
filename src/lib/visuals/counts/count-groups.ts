/**
 * What a step's counts chart shows, in words: the groups the state asks for, each claim of a group, each figure of a
 * claim with the words beside its bar. The chart, its description and its table all read this model.
 */
import type { Actor } from '../../content/types.ts';
import { formatNumber } from '../../i18n/format.ts';
import { wordsFor } from '../../i18n/locales.ts';
import type { VisualInput } from '../kind.ts';
import { qualifier, shortClaimant } from './claim-words.ts';
import type { CountReport, CountsConfig, CountsState } from './spec.ts';

/** What the counts chart draws from. */
export type CountsInput = VisualInput<CountsConfig, CountReport>;

/** One figure of one claim, with the words that go beside its bar. */
export interface FigureModel {
	report: CountReport;
	/** Whose count it is. */
	side: Actor;
	/** The word after the number: "killed", "killed and wounded". */
	kind: string;
	/** The upper end of a range, when the report gives one above its count (a lower one is not a range). */
	high: number | null;
	/** Where its bar ends: the upper end of its range, or its count. */
	end: number;
	/** The number as the claim gives it: "more than 2,100", "about 2,000–2,500". */
	figure: string;
	/** Figure, kind and hedge: "3 killed", "100 killed (claimed)". */
	text: string;
	/** `text`, after the side's tiny name when the group mixes sides: "Red: about 2,000–2,500 killed". */
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
	/** The sides its figures count, in the order of the story's actors. */
	sides: Actor[];
	/** The title, naming the side when there is only one: "The first raid: Red Company". */
	heading: string;
	claims: ClaimModel[];
}

/** A side the story does not declare (the content check rejects it): named by its id, in dark grey. */
const unknownSide = (id: string): Actor => ({ id, name: id, short: id, tiny: id, colour: '#595959' });

/** Position of each id in `order`; ids not in it come after, in the order met. */
function ranks(order: readonly string[]): (id: string) => number {
	const rank = new Map(order.map((id, i) => [id, i]));
	return (id) => rank.get(id) ?? order.length;
}

/**
 * The figures a state shows: one group per state group (in the state's order), one claim per claimant in data order,
 * figures by side (the story's order of actors) then kind (the configuration's order of kinds).
 */
export function countGroups(input: CountsInput, state: CountsState): GroupModel[] {
	const { config, rows: reports, actors, claims, lang } = input;
	const words = wordsFor(lang).visuals.counts;
	const claimById = new Map(claims.map((c) => [c.id, c]));
	const actorById = new Map(actors.map((a) => [a.id, a]));
	const actorOf = (id: string) => actorById.get(id) ?? unknownSide(id);
	const titleOf = new Map(config.groups.map((g) => [g.id, g.title]));
	const sideRank = ranks(actors.map((a) => a.id));
	const kindRank = ranks(Object.keys(config.kinds));
	const bySideAndKind = (a: CountReport, b: CountReport) =>
		sideRank(a.side) - sideRank(b.side) || kindRank(a.kind) - kindRank(b.kind);
	const shown = reports.filter((r) => state.groups.includes(r.group));
	const dim = state.focus !== undefined && shown.some((r) => r.claim === state.focus);
	return state.groups
		.filter((g, i) => state.groups.indexOf(g) === i && shown.some((r) => r.group === g))
		.map((id) => {
			const rows = shown.filter((r) => r.group === id);
			const sideIds = [...new Set(rows.map((r) => r.side))].sort((a, b) => sideRank(a) - sideRank(b));
			const sides = sideIds.map(actorOf);
			const mixed = sides.length > 1;
			const title = titleOf.get(id) ?? id;
			const claimIds = [...new Set(rows.map((r) => r.claim))];
			return {
				id,
				title,
				sides,
				heading: mixed ? title : `${title}: ${sides[0]!.short}`,
				claims: claimIds.map((cid) => {
					const claim = claimById.get(cid);
					const hedged = claim?.hedged ?? false;
					return {
						id: cid,
						claimant: claim?.claimant ?? cid,
						short: claim ? shortClaimant(claim.claimant, lang) : cid,
						hedged,
						hedge: claim?.hedge,
						focused: cid === state.focus,
						dimmed: dim && cid !== state.focus,
						figures: rows
							.filter((r) => r.claim === cid)
							.sort(bySideAndKind)
							.map((report) => {
								const side = actorOf(report.side);
								const kind = config.kinds[report.kind] ?? report.kind;
								const q = qualifier(claim?.value ?? '', report.count, lang);
								const high = report.high !== undefined && report.high > report.count ? report.high : null;
								const range = high === null ? '' : `–${formatNumber(high, lang)}`;
								const figure = `${q ? `${q} ` : ''}${formatNumber(report.count, lang)}${range}`;
								const text = `${figure} ${kind}${hedged ? ` ${words.claimed}` : ''}`;
								const label = mixed ? `${side.tiny}: ${text}` : text;
								return { report, side, kind, high, end: high ?? report.count, figure, text, label };
							})
					};
				})
			};
		});
}
