/**
 * The layers of what came after May 2016: the Petroleum Facilities Guard's push west from the oil ports (30 May to
 * 9 June), the US air strikes on Sirte (1 August to 19 December) and the LNA's seizure of the ports (11 September).
 */
import { crosshair, toward } from './geometry.ts';
import { arrowMark, portsZone, PORTS_REACH, type Make } from './mark-kit.ts';

/** The strike crosshair: its circle, where its ticks start (clear of Sirte's dot) and how far they reach, in px. */
const SIGHT = { r: 8, inner: 4.5, outer: 13 };

export const LATER_MAKERS = {
	'pfg-advance': (at, u) => {
		const [rasLanuf, binJawad, nawfaliya, harawa] = ['ras-lanuf', 'bin-jawad', 'nawfaliya', 'harawa'].map(at);
		// From the oil ports' western edge along the coast, through the towns in the order taken, to Harawa.
		const start = toward(rasLanuf!, binJawad!, PORTS_REACH);
		return [
			{
				id: 'pfg-west',
				kind: 'arrow',
				actor: 'pfg',
				dashed: false,
				label: 'PFG, 30 May–9 June',
				...arrowMark([start, binJawad!, nawfaliya!, harawa!], u),
				at: start,
				r: 4 * u,
				positions: ['s', 'se', 'sw'],
				solid: false
			}
		];
	},
	'us-airstrikes': (at, u) => {
		const sirte = at('sirte');
		return [
			{
				id: 'us-strikes',
				kind: 'strike',
				actor: 'us',
				dashed: false,
				label: 'US air strikes',
				d: crosshair(sirte, SIGHT.r * u, SIGHT.inner * u, SIGHT.outer * u),
				at: sirte,
				r: SIGHT.outer * u,
				positions: ['s', 'sw', 'se', 'n', 'nw', 'ne', 'w', 'e'],
				solid: true
			}
		];
	},
	'lna-ports': (at) => [portsZone(at, 'lna-ports', 'lna', 'LNA oil ports')]
} satisfies Record<'pfg-advance' | 'us-airstrikes' | 'lna-ports', Make>;
