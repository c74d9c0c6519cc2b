import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePairMessage } from './pair-messages.ts';

const ids = ['first-step', 'second-step'];
const valid = {
	kind: 'scrolly:present',
	story: 'a-story',
	from: 'a1b2c3',
	role: 'presenter',
	type: 'step',
	step: 'second-step'
};

describe('parsePairMessage', () => {
	it('reads a message about the story, naming one of its steps', () => {
		expect(parsePairMessage(valid, 'a-story', ids)).toEqual(valid);
		for (const type of ['hello', 'here', 'bye'])
			expect(parsePairMessage({ ...valid, type }, 'a-story', ids)).toEqual({ ...valid, type });
	});

	it('drops messages about another story, unknown steps, roles, types and ids', () => {
		const wrong: Record<string, unknown>[] = [
			{ story: 'another-story' },
			{ step: 'no-such-step' },
			{ role: 'admin' },
			{ type: 'navigate' },
			{ from: '' },
			{ from: 'a'.repeat(65) },
			{ from: '<img>' },
			{ kind: 'scrolly:step' }
		];
		for (const change of wrong) expect(parsePairMessage({ ...valid, ...change }, 'a-story', ids)).toBeNull();
	});

	it('drops anything with a key more or less, and anything not a plain object', () => {
		expect(parsePairMessage({ ...valid, extra: 1 }, 'a-story', ids)).toBeNull();
		const { step: _step, ...without } = valid;
		expect(parsePairMessage(without, 'a-story', ids)).toBeNull();
		for (const data of [null, 'step', 42, [valid], JSON.stringify(valid)])
			expect(parsePairMessage(data, 'a-story', ids)).toBeNull();
	});

	it('never throws, and accepts only exact messages, whatever arrives', () => {
		fc.assert(
			fc.property(fc.anything(), (data) => {
				const parsed = parsePairMessage(data, 'a-story', ids);
				if (parsed) expect(ids).toContain(parsed.step);
			})
		);
		fc.assert(
			fc.property(
				fc.record({
					...Object.fromEntries(Object.entries(valid).map(([k, v]) => [k, fc.constant(v)])),
					from: fc.string(),
					step: fc.constantFrom(...ids, 'x', '')
				}),
				(data) => {
					const parsed = parsePairMessage(data, 'a-story', ids);
					expect(parsed !== null).toBe(/^[A-Za-z0-9_-]{1,64}$/.test(data.from) && ids.includes(data.step));
				}
			)
		);
	});
});
