/**
 * The map spec's marks: the points they are drawn through (gazetteer places or bare positions, on the map), and each
 * kind of mark (zone, movement, event) with its options, checked against the story. Pure, like `spec.ts`.
 */
import type { PlaceRef, StoryRefs } from '../../content/kinds.ts';
import {
	between,
	idFrom,
	kebab,
	list,
	number,
	object,
	oneOf,
	optional,
	text,
	type Check,
	type Issue,
	type Path
} from '../../content/schema.ts';

export const SYMBOLS = ['burst', 'siege', 'diamond', 'sight'] as const;
/** Reported: it happened, drawn solid. Announced (or threatened, forecast) and unconfirmed: drawn dashed and hollow. */
export const STATUSES = ['reported', 'announced', 'unconfirmed'] as const;
export const SIDES = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
/** A zone is tinted with its actor's colour, or hatched with it (to tell one holder's ground from the others'). */
export const FILLS = ['tinted', 'hatched'] as const;
/** A movement's line: normal, or light (a flight, a supply line: lighter than a ground advance). */
export const WEIGHTS = ['normal', 'light'] as const;
/** How far an event may be drawn from its point, in CSS pixels. */
const MAX_OFFSET = 60;

/** A point of a mark: a gazetteer place, or a bare position (not drawn as a place). */
export interface MapPointRef {
	place?: string;
	lat: number;
	lon: number;
}

interface MarkBase {
	id: string;
	/** The actor whose colour it takes (the layer's unless given). */
	actor: string;
	/** Reported (solid), or announced or unconfirmed (dashed and hollow). */
	status: (typeof STATUSES)[number];
	/** Short text beside the mark; empty for none. */
	label: string;
	/** Where its label may go, tried in order. */
	labelSide?: (typeof SIDES)[number][];
	/**
	 * The point its label hangs beside (zones and movements). A zone's label keeps a radius's distance from it (by
	 * default its last place, so the label goes outside the zone's end); a movement's label goes beside it (by default
	 * the middle of the arrow). An event's label always goes around the event.
	 */
	labelAt?: MapPointRef;
}
export type Side = (typeof SIDES)[number];
export type MapMarkConfig = MarkBase &
	(
		| { kind: 'zone'; around: MapPointRef[]; radius: number; fill: (typeof FILLS)[number] }
		| { kind: 'movement'; path: MapPointRef[]; weight: (typeof WEIGHTS)[number] }
		| {
				kind: 'event';
				at: MapPointRef;
				symbol: (typeof SYMBOLS)[number];
				/** Drawn this many CSS pixels right and down of its point: beside a place rather than on its dot. */
				offset?: [number, number];
				/** A siege's directions, the sides its wedges press in from (default: all four of n, e, s, w). */
				from?: Side[];
		  }
	);

/** The map's extent, in degrees. */
export type Extent = { west: number; east: number; south: number; north: number };
export const inside = (e: Extent, p: { lat: number; lon: number }) =>
	p.lon >= e.west && p.lon <= e.east && p.lat >= e.south && p.lat <= e.north;

/** A place id or `{lat, lon}`, inside the extent unless `mayLeave` (a movement's end may leave the map). */
export const pointRef =
	(refs: StoryRefs, extent: Extent | undefined, mayLeave = false): Check<MapPointRef> =>
	(v, path, issues) => {
		if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
			const p = object({ lat: between(-90, 90), lon: between(-180, 180) })(v, path, issues);
			if (!p) return undefined;
			if (extent && !mayLeave && !inside(extent, p))
				return outside(path, `${p.lat}, ${p.lon}`, extent, issues);
			return p;
		}
		const id = idFrom('place', () => refs.placeIds, 'places.yaml')(v, path, issues);
		const place = refs.places.find((p) => p.id === id);
		if (!place) return undefined;
		if (extent && !mayLeave && !inside(extent, place))
			return outside(path, place.name, extent, issues, place);
		return { place: place.id, lat: place.lat, lon: place.lon };
	};

export function outside(path: Path, what: string, e: Extent, issues: Issue[], place?: PlaceRef): undefined {
	issues.push({
		path,
		message: `${what}${place ? ` (${place.lat}, ${place.lon})` : ''} lies outside the map's extent`,
		expected: `a point within ${e.south}–${e.north}°N, ${e.west}–${e.east}°E (map.extent), or a wider extent`
	});
	return undefined;
}

/** A movement's points, two or more: every one on the map but the last, which may leave it (the arrow stops at the edge). */
const movementPoints =
	(refs: StoryRefs, extent: Extent | undefined): Check<MapPointRef[]> =>
	(v, path, issues) => {
		if (!Array.isArray(v) || v.length < 2) {
			issues.push({ path, message: 'wrong value', expected: 'a list of two places or more' });
			return undefined;
		}
		const points = v.map((p, i) => pointRef(refs, extent, i === v.length - 1)(p, [...path, i], issues));
		return points.every((p) => p !== undefined) ? (points as MapPointRef[]) : undefined;
	};

const markBase = (refs: StoryRefs, extent: Extent | undefined) => ({
	id: kebab,
	actor: optional(kebab),
	status: optional(oneOf(STATUSES)),
	label: optional(text()),
	'label-side': optional(list(oneOf(SIDES))),
	'label-at': optional(pointRef(refs, extent))
});
const offset: Check<[number, number]> = (v, path, issues) => {
	const px = between(-MAX_OFFSET, MAX_OFFSET, `pixels from -${MAX_OFFSET} to ${MAX_OFFSET}`);
	if (Array.isArray(v) && v.length === 2) {
		const xy = list(px)(v, path, issues);
		return xy && [xy[0]!, xy[1]!];
	}
	issues.push({
		path,
		message: 'wrong value',
		expected: 'two numbers, [right, down] in pixels',
		found: JSON.stringify(v)
	});
	return undefined;
};

/** One mark: exactly one of `zone`, `movement`, `event` says what it is. */
export const markCheck =
	(refs: StoryRefs, extent: Extent | undefined, layerActor: string): Check<MapMarkConfig> =>
	(v, path, issues) => {
		const given = typeof v === 'object' && v !== null ? Object.keys(v) : [];
		const kinds = ['zone', 'movement', 'event'].filter((k) => given.includes(k));
		if (kinds.length !== 1) {
			issues.push({
				path,
				message: kinds.length ? `a mark is one thing, not ${kinds.join(' and ')}` : 'a mark says what it is',
				expected: 'exactly one of "zone:", "movement:", "event:"'
			});
			return undefined;
		}
		const at = pointRef(refs, extent);
		const base0 = markBase(refs, extent);
		const shape =
			kinds[0] === 'zone'
				? object({
						...base0,
						zone: list(at, 'a list of places'),
						radius: number('a radius in km'),
						fill: optional(oneOf(FILLS))
					})
				: kinds[0] === 'movement'
					? object({ ...base0, movement: movementPoints(refs, extent), weight: optional(oneOf(WEIGHTS)) })
					: object({
							...base0,
							event: at,
							symbol: oneOf(SYMBOLS),
							offset: optional(offset),
							from: optional(list(oneOf(SIDES)))
						});
		const m = shape(v, path, issues) as Record<string, unknown> | undefined;
		if (!m) return undefined;
		const actor = (m.actor as string | undefined) ?? layerActor;
		if (m.actor !== undefined && !refs.actors.includes(actor))
			return void idFrom('actor', () => refs.actors, 'actors in visuals.yaml')(
				actor,
				[...path, 'actor'],
				issues
			);
		const base: MarkBase = {
			id: m.id as string,
			actor,
			status: (m.status as MarkBase['status']) ?? 'reported',
			label: (m.label as string | undefined) ?? '',
			...(m['label-side'] ? { labelSide: m['label-side'] as MarkBase['labelSide'] } : {}),
			...(m['label-at'] ? { labelAt: m['label-at'] as MapPointRef } : {})
		};
		if (kinds[0] === 'zone') {
			const around = m.zone as MapPointRef[];
			if (around.length === 0 || !((m.radius as number) > 0))
				return void issues.push({ path, message: 'a zone needs places and a positive radius' });
			const fill = (m.fill as (typeof FILLS)[number] | undefined) ?? 'tinted';
			return { ...base, kind: 'zone', around, radius: m.radius as number, fill };
		}
		if (kinds[0] === 'movement') {
			const weight = (m.weight as (typeof WEIGHTS)[number] | undefined) ?? 'normal';
			return { ...base, kind: 'movement', path: m.movement as MapPointRef[], weight };
		}
		const symbol = m.symbol as (typeof SYMBOLS)[number];
		if (m.from && symbol !== 'siege')
			return void issues.push({
				path: [...path, 'from'],
				message: 'only a siege has directions',
				expected: 'symbol: siege, or no "from:"'
			});
		return {
			...base,
			kind: 'event',
			at: m.event as MapPointRef,
			symbol,
			...(m.offset ? { offset: m.offset as [number, number] } : {}),
			...(m.from ? { from: m.from as Side[] } : {})
		};
	};
