/** The advance chart in words: its title, the description generated from a step's state, and its data table. */
import type { AdvanceEvent, Claim } from '../../content/types.ts';
import type { TableModel } from '../shared/table.ts';
import { day, TIMELINE } from './time-axis.ts';

/** What a step asks the advance chart to show. */
export interface AdvanceState {
	/** Draw the front line up to this date (YYYY-MM-DD). */
	until: string;
	/** Highlight this event. */
	focus?: string;
}

export const ADVANCE_TITLE = 'Distance from the GNA front line to Sirte, May–December 2016';

/** The events on the chart's time axis (1 May–31 December 2016) up to `until`, in data order. */
export function eventsUpTo(events: readonly AdvanceEvent[], until: Date): AdvanceEvent[] {
	return events.filter((e) => {
		const d = day(e.date);
		return d >= TIMELINE.start && d <= TIMELINE.end && d <= until;
	});
}

/** The chart's text alternative at rest on a step: how many positions, the latest, and the break once crossed. */
export function describeAdvance(events: readonly AdvanceEvent[], state: AdvanceState): string {
	const until = day(state.until);
	const shown = eventsUpTo(events, until);
	const last = shown[shown.length - 1];
	if (!last) return `No position shown yet, up to ${state.until}.`;
	const positions = `${shown.length} position${shown.length === 1 ? '' : 's'} up to ${state.until}`;
	const latest = `${last.label}, ${last.km} km from Sirte on ${last.date}${last.estimated ? ' (date estimated)' : ''}`;
	const pastBreak =
		until > TIMELINE.detailEnd
			? ' The time axis breaks between 15 June and 1 December, marked by two slanted strokes;' +
				' the line runs on across the break.'
			: '';
	return `${positions}; the latest: ${latest}.${pastBreak}`;
}

/** The data a step shows, as a table: the events revealed up to `state.until`, with who claims each distance. */
export function advanceTable(
	events: readonly AdvanceEvent[],
	claims: readonly Claim[],
	state: AdvanceState
): TableModel {
	const byId = new Map(claims.map((c) => [c.id, c]));
	const shown = events.filter((e) => e.date <= state.until);
	return {
		caption: `Where the GNA front line stood, up to ${state.until}`,
		columns: ['Date', 'Event', 'Distance to Sirte', 'Who says so'],
		rows: shown.map((e) => {
			const claim = byId.get(e.claim);
			return [
				e.estimated ? `about ${e.date}` : e.date,
				e.label,
				`${e.km} km`,
				claim ? { text: `${claim.claimant}${claim.hedged ? ' (claimed)' : ''}`, claim: claim.id } : ''
			];
		})
	};
}
