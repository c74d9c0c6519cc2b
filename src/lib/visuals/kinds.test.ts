import { describe, expect, it } from 'vitest';
import { KINDS } from './index.ts';
import { KIND_SPECS } from './specs.ts';

describe('the kinds of visual', () => {
	it('are drawn (index.ts) and checked (specs.ts) under the same keys, in the same order', () => {
		expect(KINDS.map((k) => k.key)).toEqual(KIND_SPECS.map((s) => s.key));
		expect(new Set(KINDS.map((k) => k.key)).size).toBe(KINDS.length);
	});
});
