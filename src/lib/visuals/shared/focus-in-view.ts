/**
 * A drawing taller than its frame scrolls inside it (a counts chart of many rows on a phone). Each step brings the
 * mark its kind marks `data-focus` into view, as near as it can: the top of the drawing when nothing is in focus.
 * It runs in the next animation frame, where the layout it reads is the one the frame needs anyway.
 */
const MARGIN = 8;

/** Scrolls the shown layer of `frame` to its focus in the next frame; returns what cancels that. */
export function showFocus(frame: HTMLElement): () => void {
	const id = requestAnimationFrame(() => {
		const layer = frame.querySelector<HTMLElement>(':scope > .layer:not(.hidden)');
		if (layer) focusInView(layer);
	});
	return () => cancelAnimationFrame(id);
}

function focusInView(layer: HTMLElement) {
	if (layer.scrollHeight <= layer.clientHeight) return;
	const mark = layer.querySelector('[data-focus]');
	if (!mark) {
		layer.scrollTop = 0;
		return;
	}
	const frame = layer.getBoundingClientRect();
	const box = mark.getBoundingClientRect();
	const top = box.top - frame.top + layer.scrollTop - MARGIN;
	const bottom = box.bottom - frame.top + layer.scrollTop + MARGIN;
	if (top < layer.scrollTop || bottom - top > layer.clientHeight) layer.scrollTop = top;
	else if (bottom > layer.scrollTop + layer.clientHeight) layer.scrollTop = bottom - layer.clientHeight;
}
