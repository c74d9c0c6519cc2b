/**
 * The one rule of the scroll engine: the active step is the last step whose midpoint has crossed the offset line,
 * i.e. whose midpoint is at or above it. Before the first midpoint crosses, no step is active (-1).
 *
 * `midpoints` are in document coordinates and ascending (steps are laid out in order); `line` is the offset line in
 * the same coordinates (scrollY + offset). Binary search: O(log n), no layout reads.
 */
export function activeIndex(midpoints: readonly number[], line: number): number {
	let lo = 0;
	let hi = midpoints.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (midpoints[mid]! <= line) lo = mid + 1;
		else hi = mid;
	}
	return lo - 1;
}

/** Where the offset line sits in a viewport: lower on phones, where the visual takes the top of the screen. */
export function offsetLine(viewportWidth: number, viewportHeight: number): number {
	return Math.round(viewportHeight * (viewportWidth < 768 ? 0.7 : 0.5));
}
