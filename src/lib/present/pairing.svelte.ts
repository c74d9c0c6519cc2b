import type { StepOwner } from '../stage/owner.ts';
import type { BlankScreen } from './keys.ts';
import {
	parsePairMessage,
	windowId,
	type PairMessage,
	type PairRole,
	type PairType
} from './pair-messages.ts';
import { hrefAtStep } from './query.ts';

/** How the windows of one presentation reach each other: a BroadcastChannel, or postMessage to known windows. */
export interface Transport {
	send(message: PairMessage): void;
	/** Calls `receive` with whatever arrives, unchecked; returns the unsubscribe. */
	listen(receive: (data: unknown) => void): () => void;
}

export interface Peer {
	id: string;
	role: PairRole;
	/** When it was last heard from (ms). */
	seen: number;
}

/** A window that says nothing for this long has gone (closed, crashed, or its tab frozen). */
export const PEER_TIMEOUT = 3000;
/** How often each window says it is still there: a reloaded window is found again within this. */
export const HEARTBEAT = 1000;

/** What the presenter view shows of the windows paired with it, and asks of them (PresenterView.svelte). */
export interface PairState extends BlankScreen {
	readonly audiences: number;
	readonly rival: boolean;
	/** Opens an audience screen at the active step, paired. */
	open(): void;
}

interface Options {
	story: string;
	role: PairRole;
	ids: () => readonly string[];
	transports: Transport[];
	/** Where the presenter opens audience screens: their page's absolute address, in windows it pairs with. */
	audience?: { href: string; windows: { open(url: string, name: string): unknown } };
	now?: () => number;
}

/**
 * Pairs a presentation's windows in one browser: the presenter view and every audience screen of the story. It is the
 * step's owner the view is given, wrapping the window's own (the address): a move made here goes to the others, and a
 * move another window reports is followed without being sent back, so no two windows echo each other.
 *
 * A window that opens, or reloads, says `hello` and takes the step of the first window of the other role that
 * answers, since that is where the class already is. Presenters ignore each other's moves and show `rival` instead:
 * two presenter views of one story would otherwise fight over the step.
 */
export class Pairing implements StepOwner, PairState {
	readonly id = windowId();
	peers = $state<Peer[]>([]);
	/** The audience screens are blank: set from any window, shown in all. */
	blank = $state(false);
	/** Set once this window has a step of its own: it moved, took another's, or another arrived after it. */
	#settled = false;

	constructor(
		private readonly owner: StepOwner,
		private readonly options: Options
	) {}

	get index() {
		return this.owner.index;
	}

	get audiences() {
		return this.peers.filter((p) => p.role === 'audience').length;
	}

	/** Another presenter view of this story is open: the presenter says so rather than follow it. */
	get rival() {
		return this.options.role === 'presenter' && this.peers.some((p) => p.role === 'presenter');
	}

	go(index: number, jump?: boolean) {
		const before = this.owner.index;
		this.owner.go(index, jump);
		this.#settled = true;
		if (this.owner.index !== before) this.#send('step');
	}

	/** Blanks the audience screens, or shows them again, in every paired window. */
	setBlank(on: boolean) {
		if (on === this.blank) return;
		this.blank = on;
		this.#send(on ? 'blank' : 'show');
	}

	/** Opens the audience screen at the active step: one window per story, which a second press reuses. */
	open() {
		const { audience, story } = this.options;
		const step = this.options.ids()[Math.max(0, this.owner.index)];
		if (!audience || step === undefined) return;
		audience.windows.open(hrefAtStep(audience.href, step), `audience-${story}`);
	}

	/** Starts listening and greeting; returns the stop, which says goodbye. */
	start(): () => void {
		const stops = this.options.transports.map((t) => t.listen((data) => this.receive(data)));
		this.#send('hello');
		const beat = setInterval(() => {
			this.#send('here');
			this.#forget();
		}, HEARTBEAT);
		return () => {
			clearInterval(beat);
			this.#send('bye');
			for (const stop of stops) stop();
		};
	}

	/** Handles whatever a transport delivered; anything that is not exactly a message about this story is dropped. */
	receive(data: unknown) {
		const ids = this.options.ids();
		const message = parsePairMessage(data, this.options.story, ids);
		if (!message || message.from === this.id) return;
		this.#meet(message);
		if (message.type === 'hello') {
			if (message.role !== this.options.role) this.#settled = true;
			this.#send('here');
			return;
		}
		if (message.role === 'presenter' && this.options.role === 'presenter') return;
		if (message.type === 'blank' || message.type === 'show') {
			this.blank = message.type === 'blank';
			return;
		}
		const follow =
			message.type === 'step' ||
			(message.type === 'here' && !this.#settled && message.role !== this.options.role);
		if (!follow) return;
		this.#settled = true;
		this.owner.go(ids.indexOf(message.step), true);
	}

	#meet({ from, role, type }: PairMessage) {
		const others = this.peers.filter((p) => p.id !== from);
		this.peers = type === 'bye' ? others : [...others, { id: from, role, seen: this.#now() }];
	}

	#forget() {
		const since = this.#now() - PEER_TIMEOUT;
		if (this.peers.some((p) => p.seen < since)) this.peers = this.peers.filter((p) => p.seen >= since);
	}

	#now() {
		return (this.options.now ?? Date.now)();
	}

	#send(type: PairType) {
		const step = this.options.ids()[Math.max(0, this.owner.index)];
		if (step === undefined) return;
		const { story, role } = this.options;
		const message: PairMessage = { kind: 'scrolly:present', story, from: this.id, role, type, step };
		for (const transport of this.options.transports) transport.send(message);
	}
}
