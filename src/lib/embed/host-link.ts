import {
	heightMessages,
	parseHostMessage,
	positionRequest,
	scrollToMessage,
	stepMessage,
	type HostIds,
	type HostMessage,
	type StepInfo
} from './host-messages.ts';

export interface HostLinkOptions extends HostIds {
	/** The host's width for the iframe (pym `width`). */
	onWidth?: (width: number) => void;
	/** The host's viewport and the iframe's rect in it (pym `viewport-iframe-position`). */
	onViewport?: (viewport: Extract<HostMessage, { kind: 'viewport' }>) => void;
}

export interface HostLink {
	/** Tells the host the child's height in px; a height equal to the last one sent is not sent again. */
	sendHeight(px: number): void;
	/** Tells the host the reader reached a step. */
	sendStep(info: StepInfo): void;
	/** Asks the host to scroll the child's offset `y` to the top of its viewport (pym hosts and our loader only). */
	scrollTo(y: number): void;
	/** Asks the host where the frame is in its viewport now (pym hosts and our loader answer with onViewport). */
	askPosition(): void;
	/** Stops listening and sending. */
	stop(): void;
}

const idle: HostLink = { sendHeight() {}, sendStep() {}, scrollTo() {}, askPosition() {}, stop() {} };

/**
 * The embedded page's side of the wire. Only the parent window is heard: any other frame on the host page can post
 * to us too, and a sibling must not be able to resize or steer the story. Outside a frame there is no one to talk to.
 * Messages go out with target `*` because the host's origin is unknown and nothing sent is private.
 */
export function connectHost(
	win: Window,
	{ childId, secret, onWidth, onViewport }: HostLinkOptions
): HostLink {
	const parent = win.parent;
	if (!parent || parent === win) return idle;
	let stopped = false;
	let lastHeight: number | undefined;

	const post = (message: unknown) => {
		if (!stopped) parent.postMessage(message, '*');
	};
	const listen = (event: MessageEvent) => {
		if (event.source !== parent || childId === null) return;
		const message = parseHostMessage(event.data, childId);
		if (message?.kind === 'width') onWidth?.(message.width);
		else if (message?.kind === 'viewport') onViewport?.(message);
	};
	win.addEventListener('message', listen);

	return {
		sendHeight(px) {
			const height = Math.max(0, Math.ceil(px));
			if (stopped || height === lastHeight) return;
			const messages = heightMessages(px, { childId, secret });
			if (messages.length > 0) lastHeight = height;
			messages.forEach(post);
		},
		sendStep(info) {
			post(stepMessage(info));
		},
		scrollTo(y) {
			const message = childId === null ? null : scrollToMessage(childId, y);
			if (message !== null) post(message);
		},
		askPosition() {
			const message = childId === null ? null : positionRequest(childId);
			if (message !== null) post(message);
		},
		stop() {
			stopped = true;
			win.removeEventListener('message', listen);
		}
	};
}
