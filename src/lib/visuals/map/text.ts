/**
 * The map diagram in words: its title, a description generated from the layers drawn, and the data table that lists
 * everything drawn (labels hidden for lack of room included). The words are the story's (`visuals.yaml`).
 */
import { formatMonthRange } from '../../i18n/format.ts';
import { wordsFor } from '../../i18n/locales.ts';
import type { TableModel } from '../shared/table.ts';
import { layersDrawn, type MapInput } from './layers.ts';
import type { MapState } from './spec.ts';

/**
 * The title, its period ("May–June 2031", "August 2031", "December 2031–January 2032") running to the last month the
 * layers drawn reach.
 */
export function mapTitle(input: MapInput, state: MapState): string {
	const { title, period: p } = input.config;
	const last = layersDrawn(input, state).reduce((to, l) => (l.until && l.until > to ? l.until : to), p.to);
	return `${title}, ${formatMonthRange(p.from, last, input.lang)}`;
}

const focused = (input: MapInput, state: MapState) => input.basemap?.places.find((p) => p.id === state.focus);

/** Title and a description: what the base map shows, what the layers drawn show, and what is highlighted. */
export function describeMap(input: MapInput, state: MapState): { title: string; description: string } {
	const words = wordsFor(input.lang).visuals.map;
	const layers = layersDrawn(input, state);
	const focus = focused(input, state);
	const sentences = [
		input.config.about,
		layers.length === 0 ? words.nothing : words.shows(words.list(layers.map((l) => l.phrase)))
	];
	if (focus) sentences.push(words.highlighted(focus.name, focus.estimated));
	return { title: mapTitle(input, state), description: sentences.join(' ') };
}

/** The data table: the rows of every layer drawn, who (the row's, or the layer's actor), what, where and status. */
export function mapTable(input: MapInput, state: MapState): TableModel {
	const { table } = wordsFor(input.lang).visuals.map;
	const names = new Map(input.actors.map((a) => [a.id, a.name]));
	return {
		caption: table.caption(mapTitle(input, state), focused(input, state)?.name),
		columns: [...table.columns],
		rows: layersDrawn(input, state).flatMap((l) =>
			l.rows.map((r) => [r.who ?? names.get(l.actor)!, r.what, r.where, r.status])
		)
	};
}
