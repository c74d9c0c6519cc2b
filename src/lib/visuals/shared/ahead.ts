/**
 * What a drawing holds while it shows one step and waits for the next: the items `now` draws, in their order, with
 * those that only `next` draws slotted in where `next` puts them, and the ids of the latter (`ahead`). A kind draws the
 * ahead items hidden while the browser is idle, so the step that shows `next` only reveals them: creating their DOM
 * is then no part of the step change. Items are matched by `key` (their `id` unless told); where both draw one, it is
 * `now`'s.
 */
export function withAhead<T>(
	now: readonly T[],
	next: readonly T[] | undefined,
	key: (item: T) => string = (item) => (item as { id: string }).id
): { items: readonly T[]; ahead: ReadonlySet<string> } {
	const ahead = new Set<string>();
	if (!next || next === now) return { items: now, ahead };
	const shown = new Set(now.map(key));
	const position = new Map(next.map((item, i) => [key(item), i]));
	const items: T[] = [];
	let j = 0;
	// Takes next's items before `end` that now lacks.
	const takeUpTo = (end: number) => {
		for (; j < end; j++) {
			const item = next[j]!;
			if (shown.has(key(item))) continue;
			items.push(item);
			ahead.add(key(item));
		}
	};
	for (const item of now) {
		const at = position.get(key(item));
		if (at !== undefined && at >= j) {
			takeUpTo(at);
			j = at + 1;
		}
		items.push(item);
	}
	takeUpTo(next.length);
	return ahead.size ? { items, ahead } : { items: now, ahead };
}
