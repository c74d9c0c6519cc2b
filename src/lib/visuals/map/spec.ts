/**
 * The map diagram's spec: its configuration (`map:` in visuals.yaml: the extent, what orients the reader, and the
 * layers a step switches on, as data over the gazetteer) and a step's state, checked against the story. Pure: the
 * content layer runs it at build time and in `check:stories`.
 */
import type { KindSpec } from '../../content/kinds.ts';
import {
	between,
	idFrom,
	kebab,
	list,
	object,
	optional,
	text,
	type Check,
	type Path
} from '../../content/schema.ts';
import { inside, markCheck, outside, pointRef, type Extent, type MapMarkConfig } from './mark-spec.ts';

export {
	FILLS,
	SIDES,
	STATUSES,
	SYMBOLS,
	WEIGHTS,
	type MapMarkConfig,
	type MapPointRef,
	type Side
} from './mark-spec.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface MapLayerConfig {
	id: string;
	actor: string;
	/** A phrase for the description: "the harbour held by the rebels in March". */
	phrase: string;
	/** Places drawn as labelled dots while the layer is on. */
	places: string[];
	/** A layer this one makes out of date: when both are on, only this one is drawn. */
	replaces?: string;
	/** The last month it shows, `YYYY-MM`, when later than the map's period. */
	until?: string;
	/** Rows of the data table. */
	rows: { who?: string; what: string; where: string; status: string }[];
	/** A note written on the map while the layer is on, for what it cannot place (reports without a place). */
	note?: string;
	marks: MapMarkConfig[];
}

export interface MapConfig {
	/** The title, before its period: "Forces around the harbour". */
	title: string;
	/** The months the map shows, `YYYY-MM`; a layer's `until` extends it. */
	period: { from: string; to: string };
	/** The first sentence of the description: what the base map shows. */
	about: string;
	/** Degrees. */
	extent: Extent;
	/** The country the story is about, by its Natural Earth name: drawn darker, and marks are clipped to its land. */
	subject?: string;
	/** Places always drawn, to orient the reader. */
	always: string[];
	/** Drawn as a ringed dot. */
	capital?: string;
	countries: { name: string; lon: number; lat: number }[];
	water: { name: string; lon: number; lat: number }[];
	/** The legend's words for dashed marks, when the story's statuses need other words than the default. */
	dashed?: string;
	layers: MapLayerConfig[];
}

/** What a step asks the map to show. */
export interface MapState {
	/** Layer ids switched on; drawn in the configuration's order, without layers a later one switched on replaces. */
	layers: readonly string[];
	/** A place id to highlight. */
	focus?: string;
}
const month: Check<string> = (v, path, issues) => {
	if (typeof v === 'string' && MONTH.test(v)) return v;
	issues.push({ path, message: 'wrong value', expected: 'a month like 2031-06', found: JSON.stringify(v) });
	return undefined;
};
const named = object({ name: text(), lon: between(-180, 180), lat: between(-90, 90) });
const extentSchema = object({
	west: between(-180, 180),
	east: between(-180, 180),
	south: between(-85, 85),
	north: between(-85, 85)
});
const configShape = {
	title: text(),
	period: object({ from: month, to: month }),
	about: text(),
	extent: extentSchema,
	subject: optional(text()),
	always: list(kebab),
	capital: optional(kebab),
	countries: optional(list(named)),
	water: optional(list(named)),
	dashed: optional(text()),
	layers: list((v: unknown) => v as Record<string, unknown>)
};

export const mapSpec: KindSpec<MapConfig> = {
	key: 'map',
	name: 'map diagram',
	config: (refs) => (v, path, issues) => {
		const c = object(configShape)(v, path, issues);
		if (!c) return undefined;
		const before = issues.length;
		const e = c.extent;
		if (!(e.west < e.east && e.south < e.north))
			issues.push({
				path: [...path, 'extent'],
				message: 'the extent is empty',
				expected: 'west < east, south < north'
			});
		const place = (p: Path) => (id: unknown) => pointRef(refs, e)(id, p, issues)?.place;
		for (const key of ['countries', 'water'] as const)
			(c[key] ?? []).forEach((n, i) => {
				if (!inside(e, n)) outside([...path, key, i], n.name, e, issues);
			});
		c.always.forEach((id, i) => place([...path, 'always', i])(id));
		if (c.capital) place([...path, 'capital'])(c.capital);
		const layerIds = c.layers.map((l) => l?.id).filter((id): id is string => typeof id === 'string');
		const layers: MapLayerConfig[] = [];
		/** Mark ids met so far: the drawing keys its marks by id, across layers. */
		const markIds = new Set<string>();
		c.layers.forEach((raw, i) => {
			const at: Path = [...path, 'layers', i];
			const l = object({
				id: kebab,
				actor: idFrom('actor', () => refs.actors, 'actors in visuals.yaml'),
				phrase: text(),
				places: optional(list(kebab)),
				replaces: optional(idFrom('layer', () => layerIds, 'map.layers')),
				until: optional(month),
				rows: list(object({ who: optional(text()), what: text(), where: text(), status: text() })),
				note: optional(text()),
				marks: list((m: unknown) => m as Record<string, unknown>)
			})(raw, at, issues);
			if (!l) return;
			(l.places ?? []).forEach((id, j) => place([...at, 'places', j])(id));
			const marks = l.marks.map((m, j) => markCheck(refs, e, l.actor)(m, [...at, 'marks', j], issues));
			marks.forEach((m, j) => {
				if (m && markIds.has(m.id))
					issues.push({ path: [...at, 'marks', j, 'id'], message: `duplicate mark id "${m.id}"` });
				if (m) markIds.add(m.id);
			});
			if (layerIds.indexOf(l.id) !== i)
				issues.push({ path: [...at, 'id'], message: `duplicate layer id "${l.id}"` });
			layers.push({
				id: l.id,
				actor: l.actor,
				phrase: l.phrase,
				places: l.places ?? [],
				...(l.replaces ? { replaces: l.replaces } : {}),
				...(l.until ? { until: l.until } : {}),
				rows: l.rows,
				...(l.note ? { note: l.note } : {}),
				marks: marks.filter((m): m is MapMarkConfig => m !== undefined)
			});
		});
		if (issues.length > before) return undefined;
		return {
			title: c.title,
			period: c.period,
			about: c.about,
			extent: e,
			...(c.subject ? { subject: c.subject } : {}),
			always: c.always,
			...(c.capital ? { capital: c.capital } : {}),
			countries: c.countries ?? [],
			water: c.water ?? [],
			...(c.dashed ? { dashed: c.dashed } : {}),
			layers
		};
	},
	state: (refs, config) =>
		object({
			layers: list(idFrom('layer', () => config.layers.map((l) => l.id), 'map.layers in visuals.yaml')),
			focus: optional((v, path, issues) => {
				const id = idFrom('place', () => refs.placeIds, 'places.yaml')(v, path, issues);
				const p = refs.places.find((x) => x.id === id);
				if (p && !inside(config.extent, p)) return outside(path, p.name, config.extent, issues, p);
				return id;
			})
		})
};
