/**
 * Made-up stories for the progress chart's tests, in the two shapes the chart must draw: a river journey over months
 * with a break in its time axis (dates only, the points' names as long as a real story's so its layout is known), and
 * a storm's approach over days, its points several a day, at times.
 */
import type { Actor } from '../../content/actors.ts';
import type { Claim } from '../../content/types.ts';
import type { ProgressInput } from './input.ts';
import type { ProgressConfig, ProgressPoint } from './spec.ts';

export const actors: Actor[] = [
	{ id: 'crew', name: 'The expedition crew', short: 'The crew', tiny: 'Crew', colour: '#1f5f99' },
	{ id: 'storm', name: 'Storm Ada', short: 'Ada', tiny: 'Ada', colour: '#7a3b00' }
];

export const claims: Claim[] = [
	{ id: 'c1', value: '200 mi', claimant: 'x', source: 's', hedged: false },
	{ id: 'c2', value: '100 mi', claimant: 'x', source: 's', hedged: false },
	{ id: 'c3', value: '50 mi', claimant: 'x', source: 's', hedged: true }
];

/** May to mid-June in detail, then December after a break: the axis of a 600 px chart runs from 54 to 584. */
export const riverConfig: ProgressConfig = {
	title: 'Distance from the boats to the delta, May–December 2022',
	actor: 'crew',
	measure: 'Distance to the delta',
	unit: 'mi',
	target: 'Delta',
	axis: { from: '2022-05-01', to: '2022-12-31', break: ['2022-06-15', '2022-12-01'] },
	max: 200
};

export const riverRows: ProgressPoint[] = [
	{ id: 'a', date: '2022-05-05', estimated: false, label: 'Pinegap', place: 'p', value: 200, claim: 'c1' },
	{ id: 'b', date: '2022-05-17', estimated: true, label: 'Elk Bluff', place: 'e', value: 100, claim: 'c2' },
	{ id: 'c', date: '2022-05-25', estimated: false, label: 'Fort Hale', place: 'f', value: 50, claim: 'c3' },
	{ id: 'd', date: '2022-12-05', estimated: true, label: 'Mouth', place: 'f', value: 0, claim: 'c1' },
	{ id: 'e', date: '2022-12-17', estimated: false, label: 'Finished', place: 'f', value: 0, claim: 'c1' }
];

/** Eight days, no break; the points at times of day, the landfall's estimated. */
export const stormConfig: ProgressConfig = {
	title: 'Storm Ada’s distance to Port Vale, 23–31 August 2030',
	actor: 'storm',
	measure: 'Distance to Port Vale',
	unit: 'mi',
	target: 'Port Vale',
	axis: { from: '2030-08-23', to: '2030-08-31' }
};

export const stormRows: ProgressPoint[] = [
	{ id: 'formed', date: '2030-08-23 21:00', estimated: false, label: 'Formed', value: 910, claim: 'c1' },
	{ id: 'keys', date: '2030-08-25 21:00', estimated: false, label: 'Over the keys', value: 640, claim: 'c2' },
	{ id: 'turn', date: '2030-08-28 12:00', estimated: false, label: 'Turns north', value: 230, claim: 'c1' },
	{ id: 'landfall', date: '2030-08-29 06:10', estimated: true, label: 'Landfall', value: 40, claim: 'c3' },
	{ id: 'inland', date: '2030-08-29 15:00', estimated: false, label: 'Over the city', value: 0, claim: 'c1' }
];

export const input = (config: ProgressConfig, rows: ProgressPoint[]): ProgressInput => ({
	config,
	rows,
	actors,
	claims,
	lang: 'en'
});

export const river = input(riverConfig, riverRows);
export const storm = input(stormConfig, stormRows);
