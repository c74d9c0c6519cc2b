/** The step a presentation's address names (`?step=<id>`). Pure. */

export interface StepInQuery {
	/** Index into the steps: the named step, or the first when the address names none (or no step there is). */
	index: number;
	/** A `step` that names no step: the presentation opens at the first, and says so. */
	unknown?: string;
}

export function stepFromQuery(search: string, ids: readonly string[]): StepInQuery {
	const id = new URLSearchParams(search).get('step');
	if (!id) return { index: 0 };
	const index = ids.indexOf(id);
	return index >= 0 ? { index } : { index: 0, unknown: id };
}

/** `search` with `?step=<id>`, every other parameter kept. */
export function withStep(search: string, id: string): string {
	const query = new URLSearchParams(search);
	query.set('step', id);
	return `?${query}`;
}

/** The absolute address `href` at step `id`: `?step=<id>` in place of its query, its fragment kept. */
export function hrefAtStep(href: string, id: string): string {
	const url = new URL(href);
	url.search = withStep('', id);
	return url.href;
}
