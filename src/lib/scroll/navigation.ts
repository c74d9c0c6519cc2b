/** Pure helpers for moving between steps: keys, deep links, bounds. */

/** What a key press asks of the story: the next step (+1), the previous (-1), or nothing (0). */
export function keyDelta(
	event: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean },
	storyHasFocus: boolean
): -1 | 0 | 1 {
	if (event.altKey || event.ctrlKey || event.metaKey) return 0;
	if (event.key === 'j') return 1;
	if (event.key === 'k') return -1;
	if (!storyHasFocus) return 0;
	if (event.key === 'ArrowDown' || event.key === 'ArrowRight' || event.key === 'PageDown') return 1;
	if (event.key === 'ArrowUp' || event.key === 'ArrowLeft' || event.key === 'PageUp') return -1;
	return 0;
}

/** True when a key press is typing into a field, which the story must never steal. */
export function isTyping(target: EventTarget | null): boolean {
	const el = target as { tagName?: string; isContentEditable?: boolean } | null;
	return (
		!!el && (el.isContentEditable === true || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? ''))
	);
}

/** The step a URL fragment names (`#step-<id>`), as an index into `ids`; -1 when it names none. */
export function stepFromHash(hash: string, ids: readonly string[]): number {
	const number = /^#([1-9]\d{0,3})$/.exec(hash);
	if (number) return Number(number[1]) <= ids.length ? Number(number[1]) - 1 : -1;
	const match = /^#step-(.+)$/.exec(hash);
	if (!match) return -1;
	let id = match[1]!;
	try {
		id = decodeURIComponent(id);
	} catch {
		return -1;
	}
	return ids.indexOf(id);
}

/** `index` kept within the steps there are. */
export const clamp = (index: number, count: number) => Math.max(0, Math.min(count - 1, index));
