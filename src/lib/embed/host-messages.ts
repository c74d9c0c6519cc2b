/**
 * The messages an embedded chapter exchanges with the page around it, in the formats hosts already speak: pym.js 1.3.2
 * strings (`pymxPYMx<id>xPYMx<type>xPYMx<payload>`, as pym.Parent and our loader send them), AMP's `embed-size` and
 * WordPress's `{secret, message, value}`. Everything here is pure and never throws: any page can post anything to a
 * frame, so input is untrusted and whatever is not exactly valid becomes null.
 */

/** What the host tells the child: its width, or (pym's trackscroll) its viewport and the iframe's rect in it. */
export type HostMessage =
	| { kind: 'width'; width: number }
	| {
			kind: 'viewport';
			width: number;
			height: number;
			top: number;
			left: number;
			bottom: number;
			right: number;
	  };

/** Where the reader is in the chapter, as hosts receive it (e.g. for analytics). */
export interface StepInfo {
	story: string;
	chapter: string;
	step: string;
	/** 0-based position of the step in the chapter. */
	index: number;
	/** Number of steps in the chapter. */
	count: number;
}

export type StepMessage = { type: 'scrolly:step' } & StepInfo;

/** Who to answer: pym's childId (from the query) and WordPress's secret (from `#?secret=`); null when absent. */
export interface HostIds {
	childId: string | null;
	secret: string | null;
}

const DELIMITER = 'xPYMx';
const ID = /^[A-Za-z0-9_-]{1,64}$/;
/** WordPress's own embeds send a 10-character `\w` secret; a longer one up to 64 is still a plain token. */
const SECRET = /^\w{1,64}$/;
/** Longer than any valid message (64-character id, six numbers of at most 24 characters): not worth reading. */
const MAX_LENGTH = 512;
/** A size in CSS px: no screen is wider or taller than 100,000. */
const MAX_SIZE = 100_000;
/** A rect edge in the host's viewport: far enough for the tallest pages, near enough to be a real position. */
const MAX_POSITION = 10_000_000;

const isId = (id: unknown): id is string => typeof id === 'string' && ID.test(id);

/**
 * A number written exactly as JavaScript writes it (`String(n)`: `-12.5`, `1e-7`), which is how pym and our loader
 * build payloads; so `' 1'`, `'1.0'`, `'0x1'` or `''` are not numbers here. Null outside [min, max].
 */
function number(text: string | undefined, min: number, max: number): number | null {
	if (text === undefined) return null;
	const value = Number(text);
	return String(value) === text && value >= min && value <= max ? value : null;
}

/** The host's message to the child `childId`, or null for anything else (never throws). */
export function parseHostMessage(data: unknown, childId: string): HostMessage | null {
	if (typeof data !== 'string' || data.length > MAX_LENGTH || !isId(childId)) return null;
	const parts = data.split(DELIMITER);
	if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId) return null;
	const [, , type, payload = ''] = parts;
	if (type === 'width') {
		const width = number(payload, 0, MAX_SIZE);
		return width === null ? null : { kind: 'width', width };
	}
	if (type !== 'viewport-iframe-position') return null;
	const fields = payload.split(' ');
	if (fields.length !== 6) return null;
	const width = number(fields[0], 0, MAX_SIZE);
	const height = number(fields[1], 0, MAX_SIZE);
	const [top, left, bottom, right] = fields.slice(2).map((f) => number(f, -MAX_POSITION, MAX_POSITION));
	if (width === null || height === null) return null;
	if (top == null || left == null || bottom == null || right == null) return null;
	// getBoundingClientRect() never has a negative width or height.
	if (bottom < top || right < left) return null;
	return { kind: 'viewport', width, height, top, left, bottom, right };
}

/** pym's `childId` from a query string (`?childId=…`, with or without the `?`), if it is a valid id. */
export function childIdFrom(search: string): string | null {
	if (typeof search !== 'string' || search.length > 4096) return null;
	const id = new URLSearchParams(search).get('childId');
	return isId(id) ? id : null;
}

/** WordPress's secret from the hash it puts on embed URLs (`#?secret=abc123XYZ0`), if it is a plain token. */
export function wordpressSecretFrom(hash: string): string | null {
	if (typeof hash !== 'string' || hash.length > 4096) return null;
	const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
	return secret !== null && SECRET.test(secret) ? secret : null;
}

const pym = (childId: string, type: string, payload: string) =>
	['pym', childId, type, payload].join(DELIMITER);

/**
 * Everything that tells hosts the child's height, rounded up so nothing is cut: pym's string (when a pym parent or
 * our loader gave a childId), AMP's `embed-size` (always: AMP gives no id) and WordPress's (when it gave a secret).
 * Empty for a height that is not a finite number.
 */
export function heightMessages(px: number, { childId, secret }: HostIds): unknown[] {
	if (typeof px !== 'number' || !Number.isFinite(px)) return [];
	const height = Math.max(0, Math.ceil(px));
	const messages: unknown[] = [];
	if (isId(childId)) messages.push(pym(childId, 'height', String(height)));
	messages.push({ sentinel: 'amp', type: 'embed-size', height });
	if (secret !== null && SECRET.test(secret)) messages.push({ secret, message: 'height', value: height });
	return messages;
}

/** The step event hosts receive on every step change. */
export function stepMessage({ story, chapter, step, index, count }: StepInfo): StepMessage {
	return { type: 'scrolly:step', story, chapter, step, index, count };
}

/**
 * Asks the host to scroll so the child's offset `y` (CSS px from the top of the child's page) is at the top of the
 * viewport. pym.Parent reads it with parseInt, so it is sent as a whole number. Null for an invalid id or position.
 */
export function scrollToMessage(childId: string, y: number): string | null {
	if (!isId(childId) || typeof y !== 'number' || !Number.isFinite(y)) return null;
	return pym(childId, 'scrollToChildPos', String(Math.max(0, Math.round(y))));
}

/**
 * pym's `parentPositionInfo`: asks the host for its viewport and the frame's place in it at once (pym.Parent with
 * trackscroll otherwise reports only when the host scrolls or resizes). Null for an invalid id.
 */
export function positionRequest(childId: string): string | null {
	return isId(childId) ? pym(childId, 'parentPositionInfo', '') : null;
}
