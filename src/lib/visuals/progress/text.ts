/** The progress chart in words: the description generated from a step's state, and its data table. */
import { formatDate } from '../../i18n/format.ts';
import { wordsFor } from '../../i18n/locales.ts';
import type { TableModel } from '../shared/table.ts';
import { hasTime, instant } from './dates.ts';
import { actorOf, pointsUpTo, valueText, type ProgressInput } from './input.ts';
import type { ProgressState } from './spec.ts';

/** The chart's text alternative at rest on a step: how many positions, the latest, and the break once crossed. */
export function describeProgress({ config, rows, lang }: ProgressInput, state: ProgressState): string {
	const words = wordsFor(lang).visuals.progress;
	const until = instant(state.until);
	const shown = pointsUpTo(rows, config.axis, until);
	const last = shown.at(-1);
	if (!last) return words.none(state.until);
	const latest = words.latest(last.label, valueText(config, last.value), config.target, last.date);
	const estimated = last.estimated ? ` ${words.estimated(hasTime(last.date))}` : '';
	const gap = config.axis.break;
	let pastBreak = '';
	if (gap && until > instant(gap[0])) {
		// The year only when the break spans the new year: "15 June and 1 December".
		const style = gap[0].slice(0, 4) !== gap[1].slice(0, 4) ? 'long' : 'dayMonth';
		pastBreak = ` ${words.pastBreak(formatDate(gap[0], lang, style), formatDate(gap[1], lang, style))}`;
	}
	return `${words.positions(shown.length, state.until)}; ${latest}${estimated}.${pastBreak}`;
}

/** The data a step shows, as a table: the points revealed up to `state.until`, with who claims each value. */
export function progressTable(input: ProgressInput, state: ProgressState): TableModel {
	const { config, rows, claims } = input;
	const words = wordsFor(input.lang).visuals.progress;
	const byId = new Map(claims.map((c) => [c.id, c]));
	const shown = pointsUpTo(rows, config.axis, instant(state.until));
	return {
		caption: words.table.caption(config.measure, actorOf(input)?.short ?? config.actor, state.until),
		columns: [words.table.date, words.table.event, config.measure, words.table.claimant],
		rows: shown.map((p) => {
			const claim = byId.get(p.claim);
			return [
				p.estimated ? `${words.about} ${p.date}` : p.date,
				p.label,
				valueText(config, p.value),
				claim
					? { text: `${claim.claimant}${claim.hedged ? ` ${words.table.claimed}` : ''}`, claim: claim.id }
					: ''
			];
		})
	};
}
