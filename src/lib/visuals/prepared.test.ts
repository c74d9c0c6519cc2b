import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StoryVisuals, VisualRef } from '../content/types.ts';
import type { AnyVisualKind, VisualInput } from './kind.ts';
import { inputOf, inTurnWhenIdle, layoutOf, prepare, tableOf, textOf } from './prepared.ts';

/**
 * A kind of its own, so the test pins what prepared.ts does for any kind: its layout lists one mark per letter of the
 * state's word, at the size asked; it counts how often it computes.
 */
function testKind(key = 'letters') {
	const calls = { layout: 0, text: 0, table: 0 };
	const kind: AnyVisualKind = {
		key,
		layout: (_input, state: { word: string }, size) => {
			calls.layout += 1;
			return {
				width: size.width,
				marks: [...state.word].map((c, i) => ({ id: `${c}${i}`, x: i * 10, w: size.width }))
			};
		},
		text: (_input, state: { word: string }) => {
			calls.text += 1;
			return { title: 'Letters', description: state.word };
		},
		table: (_input, state: { word: string }) => {
			calls.table += 1;
			return { caption: state.word, columns: ['letter'], rows: [...state.word].map((c) => [c]) };
		},
		component: (() => {}) as unknown as AnyVisualKind['component']
	};
	return { kind, calls };
}
const input: VisualInput = { config: {}, rows: [], actors: [], claims: [], lang: 'en' };
type Layout = { width: number; marks: { id: string }[] };

describe('remembered layouts', () => {
	it('are computed once per state and size, and equal what the kind computes', () => {
		const { kind, calls } = testKind();
		const state = { word: 'map' };
		const first = layoutOf<Layout>(kind, input, state, 560, 380);
		expect(layoutOf(kind, input, state, 560, 380)).toBe(first);
		expect(calls.layout).toBe(1);
		expect(first).toEqual(kind.layout(input, state, { width: 560, height: 380 }));
		expect(layoutOf(kind, input, state, 390, 380)).not.toBe(first);
	});

	it('keep a few sizes per state, forgetting the oldest', () => {
		const { kind } = testKind();
		const state = { word: 'size' };
		const first = layoutOf(kind, input, state, 300, 300);
		for (let w = 301; w < 320; w++) layoutOf(kind, input, state, w, 300);
		expect(layoutOf(kind, input, state, 300, 300)).not.toBe(first);
	});

	it("share every mark a step leaves unchanged with the previous step's layout of the same kind and size", () => {
		const { kind } = testKind('sharing');
		const before = layoutOf<Layout>(kind, input, { word: 'abc' }, 611, 411);
		const after = layoutOf<Layout>(kind, input, { word: 'abd' }, 611, 411);
		expect(after).toEqual(kind.layout(input, { word: 'abd' }, { width: 611, height: 411 }));
		expect(after.marks.filter((m) => before.marks.includes(m)).map((m) => m.id)).toEqual(['a0', 'b1']);
		const other = layoutOf<Layout>(kind, input, { word: 'abd' }, 612, 411);
		expect(other.marks.some((m) => before.marks.includes(m))).toBe(false);
	});
});

describe('remembered answers', () => {
	it('are remembered for each language apart', () => {
		const { kind, calls } = testKind('speaking');
		kind.text = (input, state: { word: string }) => {
			calls.text += 1;
			return { title: input.lang, description: state.word };
		};
		const state = { word: 'hello' };
		const other = { ...input, lang: 'xx' };
		expect(textOf(kind, input, state).title).toBe('en');
		expect(textOf(kind, other, state).title).toBe('xx');
		expect(textOf(kind, input, state).title).toBe('en');
		for (const each of [input, other, input, other]) layoutOf(kind, each, state, 500, 400);
		expect(calls).toEqual({ layout: 2, text: 2, table: 0 });
	});
});

describe('prepare', () => {
	it('lays out a step ahead, so the drawing finds its layout, words and table ready', () => {
		const { kind, calls } = testKind();
		const visual: VisualRef = { key: 'letters', state: { word: 'ahead' } };
		prepare(kind, visual, input, 500, 400);
		expect(calls).toEqual({ layout: 1, text: 1, table: 1 });
		layoutOf(kind, input, visual.state, 500, 400);
		textOf(kind, input, visual.state);
		expect(tableOf(kind, input, visual.state)).toBe(tableOf(kind, input, visual.state));
		expect(calls).toEqual({ layout: 1, text: 1, table: 1 });
	});

	it('draws nothing, and offers no table, for a kind that cannot draw with its input', () => {
		const { kind, calls } = testKind();
		kind.ready = () => false;
		const visual: VisualRef = { key: 'letters', state: { word: 'none' } };
		prepare(kind, visual, input, 500, 400);
		expect(tableOf(kind, input, visual.state)).toBeUndefined();
		expect(calls).toEqual({ layout: 0, text: 0, table: 0 });
	});
});

describe('inputOf', () => {
	const visuals: StoryVisuals = {
		actors: [{ id: 'a', name: 'A', short: 'A', tiny: 'A', colour: '#000000' }],
		config: { progress: { title: 'T' }, counts: { title: 'C' } },
		rows: { progress: [{ id: 'r' }] }
	};

	it("hands a kind its own configuration and rows, the story's actors, claims and language, the same object each time", () => {
		const { kind } = testKind('progress');
		const made = inputOf(kind, visuals, [], undefined, 'en');
		expect(made).toEqual({
			config: { title: 'T' },
			rows: [{ id: 'r' }],
			actors: visuals.actors,
			claims: [],
			lang: 'en'
		});
		expect(inputOf(kind, visuals, made.claims, undefined, 'en')).toBe(made);
		expect(inputOf(testKind('counts').kind, visuals, [], undefined, 'en').rows).toEqual([]);
	});

	it('hands a kind drawn in another language an input of its own, each remembered', () => {
		const { kind } = testKind('progress');
		const english = inputOf(kind, visuals, [], undefined, 'en');
		const other = inputOf(kind, visuals, english.claims, undefined, 'xx');
		expect([english.lang, other.lang]).toEqual(['en', 'xx']);
		expect(other).not.toBe(english);
		expect(inputOf(kind, visuals, english.claims, undefined, 'en')).toBe(english);
		expect(inputOf(kind, visuals, english.claims, undefined, 'xx')).toBe(other);
	});
});

describe('inTurnWhenIdle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('runs one job per idle moment, and stops when asked', () => {
		const ran: number[] = [];
		const stop = inTurnWhenIdle([1, 2, 3].map((n) => () => void ran.push(n)));
		vi.advanceTimersToNextTimer();
		stop();
		vi.runAllTimers();
		expect(ran).toEqual([1]);
	});
});
