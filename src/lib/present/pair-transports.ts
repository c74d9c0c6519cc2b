import type { PairMessage } from './pair-messages.ts';
import type { Transport } from './pairing.svelte.ts';

/** Every window of the story's presentation in this browser (same origin), through one named channel. */
export function broadcastTransport(story: string): Transport {
	const channel = new BroadcastChannel(`scrolly-present:${story}`);
	return {
		send: (message) => channel.postMessage(message),
		listen(receive) {
			const onMessage = (event: MessageEvent) => receive(event.data);
			channel.addEventListener('message', onMessage);
			return () => {
				channel.removeEventListener('message', onMessage);
				channel.close();
			};
		}
	};
}

/**
 * The fallback where there is no BroadcastChannel, or where it cannot be trusted to connect (pages opened from
 * `file://`, whose origins are opaque): postMessage to the windows this one knows. Those are the window that opened
 * it, the windows it opened, and any window of the same origin that wrote to it first. That last kind is how a
 * reloaded presenter finds the audience screen it had opened before the reload, which still names it as its opener.
 */
export class WindowTransport implements Transport {
	readonly #windows = new Set<Window>();

	constructor(private readonly self: Window = window) {
		if (self.opener) this.#windows.add(self.opener as Window);
	}

	/** Opens `url` in the window named `name` (one audience screen per name), and pairs with it. */
	open(url: string, name: string): Window | null {
		const opened = this.self.open(url, name);
		if (opened) this.#windows.add(opened);
		return opened;
	}

	send(message: PairMessage) {
		// An opaque origin (file://) can only be addressed as '*'; the message is a step id, never a secret.
		const origin = this.self.location.origin === 'null' ? '*' : this.self.location.origin;
		for (const target of this.#windows) {
			if (target.closed) this.#windows.delete(target);
			else target.postMessage(message, origin);
		}
	}

	listen(receive: (data: unknown) => void) {
		const onMessage = (event: MessageEvent) => {
			const source = event.source as Window | null;
			if (!source || source === this.self) return;
			if (!this.#windows.has(source) && event.origin !== this.self.location.origin) return;
			this.#windows.add(source);
			receive(event.data);
		};
		this.self.addEventListener('message', onMessage);
		return () => this.self.removeEventListener('message', onMessage);
	}
}

/**
 * The presentation's transports: the channel where the browser has one and the page has an origin, else the windows.
 * Both are returned when the page is a file (the offline copy): the channel connects files in some browsers, and the
 * windows cover the rest. The WindowTransport is returned apart, to open audience screens with.
 */
export function presentTransports(story: string, self: Window = window) {
	const windows = new WindowTransport(self);
	const file = self.location.protocol === 'file:';
	const channel = 'BroadcastChannel' in self ? [broadcastTransport(story)] : [];
	return { windows, transports: channel.length && !file ? channel : [...channel, windows] };
}
