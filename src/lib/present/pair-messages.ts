/**
 * What a presenter view and its audience screens tell each other about one story. Pure and never throws: a message
 * can come from any page that shares the channel or holds a reference to the window, so whatever is not exactly a
 * message about this story, naming one of its steps, becomes null.
 */

export type PairRole = 'presenter' | 'audience';

/**
 * - `hello`: a window has opened (or been reloaded); whoever hears it answers `here`.
 * - `here`: a window is open, at `step`; sent in answer to `hello`, and every second as a heartbeat.
 * - `step`: the window's own user moved to `step` (a key, a click, a swipe): follow it.
 * - `bye`: the window is closing.
 * - `blank` / `show`: blank the audience screens (keys b and .), or show them again (b, ., Esc).
 */
export type PairType = 'hello' | 'here' | 'step' | 'bye' | 'blank' | 'show';

export interface PairMessage {
	kind: 'scrolly:present';
	story: string;
	/** The sending window's id, new at every page load. */
	from: string;
	role: PairRole;
	type: PairType;
	/** The sender's active step. */
	step: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const TYPES: readonly string[] = ['hello', 'here', 'step', 'bye', 'blank', 'show'];
const ROLES: readonly string[] = ['presenter', 'audience'];
const KEYS = ['from', 'kind', 'role', 'step', 'story', 'type'].join();

/** `data` when it is exactly a message about `story` from another window, naming one of `ids`; otherwise null. */
export function parsePairMessage(data: unknown, story: string, ids: readonly string[]): PairMessage | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
	const m = data as Record<string, unknown>;
	if (Object.keys(m).sort().join() !== KEYS) return null;
	if (m.kind !== 'scrolly:present' || m.story !== story) return null;
	if (typeof m.from !== 'string' || !ID.test(m.from)) return null;
	if (typeof m.role !== 'string' || !ROLES.includes(m.role)) return null;
	if (typeof m.type !== 'string' || !TYPES.includes(m.type)) return null;
	if (typeof m.step !== 'string' || !ids.includes(m.step)) return null;
	return m as unknown as PairMessage;
}

/** A new id for this window's page load. */
export const windowId = () => Math.random().toString(36).slice(2, 12) || 'w';
