import { describe, expect, it } from 'vitest';
import { embedHeight } from './embed-size.ts';

const frame = { name: 'the frame’s window' };
const other = { name: 'another window' };
const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });

describe('embedHeight', () => {
	it('reads the height of AMP’s embed-size message from the frame’s window', () => {
		expect(embedHeight({ data: amp(640), source: frame as never }, frame)).toBe(640);
		expect(embedHeight({ data: amp('640'), source: frame as never }, frame)).toBe(640);
	});

	it('ignores the same message from any other window, or when there is no frame', () => {
		expect(embedHeight({ data: amp(640), source: other as never }, frame)).toBeUndefined();
		expect(embedHeight({ data: amp(640), source: null }, frame)).toBeUndefined();
		expect(embedHeight({ data: amp(640), source: null }, null)).toBeUndefined();
	});

	it('clamps to whole pixels in [1, 50000]', () => {
		const h = (height: unknown) => embedHeight({ data: amp(height), source: frame as never }, frame);
		expect(h(640.6)).toBe(641);
		expect(h(0)).toBe(1);
		expect(h(-20)).toBe(1);
		expect(h(1e9)).toBe(50_000);
	});

	it('ignores other messages and heights that are not finite numbers', () => {
		const cases: unknown[] = [
			'pymxPYMxidxPYMxheightxPYMx640',
			null,
			{ sentinel: 'amp', type: 'embed-ready', height: 640 },
			{ sentinel: 'x', type: 'embed-size', height: 640 },
			amp(Number.NaN),
			amp(Infinity),
			amp('tall'),
			amp(''),
			amp('0x20'),
			amp(undefined),
			amp({ valueOf: () => 640 })
		];
		for (const data of cases) expect(embedHeight({ data, source: frame as never }, frame)).toBeUndefined();
	});
});
