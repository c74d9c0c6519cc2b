/**
 * `next`, with every part that is deep-equal to the same part of `previous` replaced by `previous`'s object. Items of
 * arrays are matched by their `id` when they have one, else by position; a whole array or object comes back as
 * `previous`'s when nothing in it changed.
 *
 * Layouts of consecutive steps share most of their marks. A keyed `{#each}` re-runs an item's updates only when the
 * item is a different object, so a step change driven by shared layouts updates the marks that changed, and no others.
 */
export function share<T>(previous: unknown, next: T): T {
	if (Object.is(previous, next)) return next;
	if (Array.isArray(next)) return Array.isArray(previous) ? (shareArray(previous, next) as T) : next;
	if (isRecord(next)) return isRecord(previous) ? (shareRecord(previous, next) as T) : next;
	return next;
}

function shareArray(previous: readonly unknown[], next: readonly unknown[]): readonly unknown[] {
	const byId = new Map<unknown, unknown>();
	for (const item of previous) if (isRecord(item) && 'id' in item) byId.set(item.id, item);
	let same = previous.length === next.length;
	const out = next.map((item, i) => {
		const match = isRecord(item) && 'id' in item ? byId.get(item.id) : previous[i];
		const shared = share(match, item);
		if (shared !== previous[i]) same = false;
		return shared;
	});
	return same ? previous : out;
}

function shareRecord(previous: Record<string, unknown>, next: Record<string, unknown>) {
	const keys = Object.keys(next);
	let same = keys.length === Object.keys(previous).length;
	const out: Record<string, unknown> = {};
	for (const key of keys) {
		const own = Object.hasOwn(previous, key);
		const value = share(own ? previous[key] : undefined, next[key]);
		// Defined, not assigned: a key named "__proto__" (JSON may have one) is a property, not the prototype.
		Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
		if (!own || value !== previous[key]) same = false;
	}
	return same ? previous : out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'object' || value === null) return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
}
