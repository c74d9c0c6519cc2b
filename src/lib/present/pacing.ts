/** The presenter's clock: elapsed time, and how it compares with the minutes a story plans per step. Pure. */

/** `ms` as `m:ss`, or `h:mm:ss` from an hour on; negative times count as zero. */
export function clock(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const [h, m, s] = [Math.floor(total / 3600), Math.floor(total / 60) % 60, total % 60];
	const pad = (n: number) => String(n).padStart(2, '0');
	return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

export interface Pace {
	/** Minutes the story plans for the active step. */
	planned: number;
	/** Elapsed time minus the time the plan gives every step before the active one, and the active one: ms. */
	behind: number;
}

/**
 * Where a presentation stands against its plan, or null when the story plans no step's minutes. A step without
 * minutes counts as none. `behind` is positive once the talk has used more than the plan allows up to the end of the
 * active step, and negative while there is time in hand.
 */
export function pace(minutes: readonly (number | undefined)[], index: number, elapsed: number): Pace | null {
	if (!minutes.some((m) => m !== undefined)) return null;
	const through = minutes.slice(0, index + 1).reduce<number>((sum, m) => sum + (m ?? 0), 0);
	return { planned: minutes[index] ?? 0, behind: elapsed - through * 60_000 };
}
