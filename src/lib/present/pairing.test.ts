import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StepOwner } from '../stage/owner.ts';
import type { PairRole } from './pair-messages.ts';
import { HEARTBEAT, PEER_TIMEOUT, Pairing, type Transport } from './pairing.svelte.ts';

const ids = ['one', 'two', 'three', 'four', 'five'];

/** A BroadcastChannel in memory: every message reaches every other listener, in a later task. */
function bus() {
	const listeners = new Set<(data: unknown) => void>();
	const transport = (): Transport => {
		let mine: ((data: unknown) => void) | undefined;
		return {
			send: (message) => {
				for (const l of listeners) if (l !== mine) setTimeout(() => l(structuredClone(message)));
			},
			listen(receive) {
				mine = receive;
				listeners.add(receive);
				return () => listeners.delete(receive);
			}
		};
	};
	return { transport };
}

/** An address: the step index, clamped. */
const address = (at = 0): StepOwner => {
	const owner = { index: at, go: (i: number) => (owner.index = Math.min(Math.max(i, 0), ids.length - 1)) };
	return owner;
};

function open(channel: ReturnType<typeof bus>, role: PairRole, at = 0) {
	const pairing = new Pairing(address(at), {
		story: 's',
		role,
		ids: () => ids,
		transports: [channel.transport()]
	});
	const stop = pairing.start();
	return { pairing, stop };
}

describe('Pairing', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());
	const settle = () => vi.advanceTimersByTimeAsync(10);

	it('lets the presenter drive the audience screens, and an audience screen drive the presenter', async () => {
		const channel = bus();
		const presenter = open(channel, 'presenter').pairing;
		const audiences = [open(channel, 'audience').pairing, open(channel, 'audience').pairing];
		await settle();
		presenter.go(3);
		await settle();
		expect(audiences.map((a) => a.index)).toEqual([3, 3]);
		audiences[0]!.go(1);
		await settle();
		expect(presenter.index).toBe(1);
		expect(audiences[1]!.index).toBe(1);
		expect(presenter.audiences).toBe(2);
	});

	it('blanks every audience screen from any window, and shows them again', async () => {
		const channel = bus();
		const presenter = open(channel, 'presenter').pairing;
		const audiences = [open(channel, 'audience').pairing, open(channel, 'audience').pairing];
		await settle();
		presenter.setBlank(true);
		await settle();
		expect(audiences.map((a) => a.blank)).toEqual([true, true]);
		audiences[1]!.setBlank(false);
		await settle();
		expect([presenter.blank, audiences[0]!.blank]).toEqual([false, false]);
	});

	it('follows fast presses in order, without echoing them back', async () => {
		const channel = bus();
		const presenter = open(channel, 'presenter').pairing;
		const audience = open(channel, 'audience').pairing;
		await settle();
		for (let i = 0; i < 4; i++) presenter.go(presenter.index + 1);
		await settle();
		expect([presenter.index, audience.index]).toEqual([4, 4]);
	});

	it('never moves a paired window for a heartbeat sent before the last move arrived', async () => {
		const channel = bus();
		const presenter = open(channel, 'presenter').pairing;
		const audience = open(channel, 'audience').pairing;
		await settle();
		presenter.go(3);
		const late = { kind: 'scrolly:present', story: 's', from: audience.id, role: 'audience', type: 'here' };
		presenter.receive({ ...late, step: 'one' });
		await vi.advanceTimersByTimeAsync(HEARTBEAT * 3);
		expect([presenter.index, audience.index]).toEqual([3, 3]);
	});

	it('puts a window that opens or reloads on the step the other role is at', async () => {
		const channel = bus();
		const presenter = open(channel, 'presenter', 2).pairing;
		await settle();
		const audience = open(channel, 'audience', 0).pairing;
		await settle();
		expect(audience.index).toBe(2);
		expect(presenter.index).toBe(2);
		// The presenter reloads: it arrives at its address's step, and the audience, already there, stays.
		const again = open(channel, 'presenter', 2).pairing;
		await settle();
		expect([again.index, audience.index]).toEqual([2, 2]);
	});

	it('finds a reloaded window again within one heartbeat, and forgets a closed one', async () => {
		const channel = bus();
		const presenter = open(channel, 'presenter').pairing;
		const audience = open(channel, 'audience');
		await settle();
		expect(presenter.audiences).toBe(1);
		audience.stop();
		await settle();
		expect(presenter.audiences).toBe(0);
		open(channel, 'audience');
		await vi.advanceTimersByTimeAsync(HEARTBEAT);
		expect(presenter.audiences).toBe(1);
	});

	it('forgets a window that stops answering', async () => {
		const channel = bus();
		const presenter = open(channel, 'presenter').pairing;
		const silent = new Pairing(address(), { story: 's', role: 'audience', ids: () => ids, transports: [] });
		presenter.receive({
			kind: 'scrolly:present',
			story: 's',
			from: silent.id,
			role: 'audience',
			type: 'hello',
			step: 'one'
		});
		expect(presenter.audiences).toBe(1);
		await vi.advanceTimersByTimeAsync(PEER_TIMEOUT + HEARTBEAT);
		expect(presenter.audiences).toBe(0);
	});

	it('warns two presenter views of a story instead of letting them fight over the step', async () => {
		const channel = bus();
		const first = open(channel, 'presenter', 1).pairing;
		const second = open(channel, 'presenter', 3).pairing;
		await settle();
		expect([first.rival, second.rival]).toEqual([true, true]);
		second.go(4);
		await settle();
		expect(first.index).toBe(1);
	});

	it('drops messages about other stories and hostile ones', async () => {
		const channel = bus();
		const audience = open(channel, 'audience', 1).pairing;
		const base = { kind: 'scrolly:present', story: 's', from: 'x1', role: 'presenter', type: 'step' };
		for (const data of [
			{ ...base, story: 'other', step: 'four' },
			{ ...base, step: '__proto__' },
			'four',
			null
		])
			audience.receive(data);
		expect(audience.index).toBe(1);
		expect(audience.peers).toEqual([]);
	});

	it('opens the audience screen at the active step, in the story’s one audience window', () => {
		const opened: [string, string][] = [];
		const windows = { open: (url: string, name: string) => opened.push([url, name]) };
		const audience = { href: 'https://example.org/present/s/?step=one#top', windows };
		const presenter = new Pairing(address(2), {
			story: 's',
			role: 'presenter',
			ids: () => ids,
			transports: [],
			audience
		});
		presenter.open();
		presenter.go(4);
		presenter.open();
		expect(opened).toEqual([
			['https://example.org/present/s/?step=three#top', 'audience-s'],
			['https://example.org/present/s/?step=five#top', 'audience-s']
		]);
	});
});
