/**
 * Puts an island's server HTML inside its element (see src/lib/island.ts). `view` is what `render()` wrote for the
 * component that holds the island, where the element is empty: `<div data-island="<id>" …></div>`. It must be there
 * exactly once; anything else is a mistake in the view, said here rather than found as a hydration mismatch.
 */
export function spliceIsland(view: string, id: string, html: string): string {
	const element = new RegExp(`(<div data-island="${id}"[^>]*>)(</div>)`, 'g');
	const found = view.match(element)?.length ?? 0;
	if (found !== 1)
		throw new Error(
			`story page: expected one empty <div data-island="${id}"> in the rendered view, found ${found}`
		);
	// A function, so `$` in the HTML is taken as written.
	return view.replace(element, (_, open: string, close: string) => open + html + close);
}
