// Small statistics for the benchmark: percentiles of one run's samples, and the median with its spread over runs.

/**
 * The p-th percentile (0–100) of `values`, by linear interpolation between the closest ranks; NaN when empty.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const below = sorted[Math.floor(rank)] ?? NaN;
	const above = sorted[Math.ceil(rank)] ?? NaN;
	return below + (above - below) * (rank - Math.floor(rank));
}

/** @typedef {{ median: number, min: number, max: number, runs: number[] }} Spread */

/**
 * The median of one figure over runs, with its min and max. Runs where the figure could not be measured (NaN) are
 * left out; all NaN gives NaN.
 * @param {number[]} runs
 * @returns {Spread}
 */
export function spread(runs) {
	const measured = runs.filter((v) => Number.isFinite(v));
	return {
		median: percentile(measured, 50),
		min: measured.length ? Math.min(...measured) : NaN,
		max: measured.length ? Math.max(...measured) : NaN,
		runs
	};
}

/**
 * Flattens nested objects of numbers into `{ 'a.b.c': n }`, the shape in which runs are compared figure by figure.
 * @param {Record<string, unknown>} object
 * @param {string} [prefix]
 * @returns {Record<string, number>}
 */
export function flatten(object, prefix = '') {
	/** @type {Record<string, number>} */
	const out = {};
	for (const [key, value] of Object.entries(object)) {
		const path = prefix ? `${prefix}.${key}` : key;
		if (typeof value === 'number') out[path] = value;
		else if (value && typeof value === 'object')
			Object.assign(out, flatten(/** @type {Record<string, unknown>} */ (value), path));
	}
	return out;
}

/**
 * For each figure measured in any run, its spread over all runs.
 * @param {Record<string, unknown>[]} runs
 * @returns {Record<string, Spread>}
 */
export function summarize(runs) {
	const flat = runs.map((run) => flatten(run));
	const keys = [...new Set(flat.flatMap((f) => Object.keys(f)))];
	return Object.fromEntries(keys.map((key) => [key, spread(flat.map((f) => f[key] ?? NaN))]));
}
