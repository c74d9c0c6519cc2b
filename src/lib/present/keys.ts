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

/**
 * Attaches the presentation's keys to the window: `act` receives one action per keydown, so a held key's every
 * repeat is one action. Keys another handler took, and Space or Enter on a control, are left alone.
 */
export const presentKeys = (act: (action: PresentAction) => void) => () => {
	const keydown = (event: KeyboardEvent) => {
		if (event.defaultPrevented) return;
		const onControl = !!(event.target as Element | null)?.closest?.(
			'button, a, summary, input, select, textarea'
		);
		const action = presentAction(event, onControl);
		if (!action) return;
		event.preventDefault();
		act(action);
	};
	window.addEventListener('keydown', keydown);
	return () => window.removeEventListener('keydown', keydown);
};

/** The step an action moves to from `index`, among `count` steps; undefined for actions that move no step. */
export function stepAfter(action: PresentAction, index: number, count: number): number | undefined {
	const to: Partial<Record<PresentAction, number>> = {
		next: index + 1,
		previous: index - 1,
		first: 0,
		last: count - 1
	};
	return to[action];
}

/** The audience screen's blank (keys b and .), which paired windows share. */
export interface BlankScreen {
	readonly blank: boolean;
	setBlank(on: boolean): void;
}

/** Fullscreen on, or off again. */
export const toggleFullscreen = () =>
	void (document.fullscreenElement
		? document.exitFullscreen()
		: document.documentElement.requestFullscreen?.());
