/** What a key press asks of a presentation, covering what clickers send. Pure. */

export type PresentAction =
	'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'overview' | 'blank' | 'leave';

const ACTIONS: Record<string, PresentAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	Enter: 'next',
	n: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Backspace: 'previous',
	p: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	o: 'overview',
	b: 'blank',
	'.': 'blank',
	Escape: 'leave'
};

/**
 * The action a key press asks for, or null. Presses with a modifier belong to the browser, and Space and Enter on a
 * button or link press that control instead.
 */
export function presentAction(
	event: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean },
	onControl = false
): PresentAction | null {
	if (event.altKey || event.ctrlKey || event.metaKey) return null;
	if (onControl && (event.key === ' ' || event.key === 'Enter')) return null;
	return ACTIONS[event.key] ?? null;
}
