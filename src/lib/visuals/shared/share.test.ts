import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { share } from './share.ts';

const json = fc.jsonValue({ maxDepth: 4 });
const items = fc.uniqueArray(
	fc.record({ id: fc.integer({ min: 0, max: 6 }), x: fc.integer({ min: 0, max: 3 }) }),
	{
		maxLength: 6,
		selector: (item) => item.id
	}
);

describe('share', () => {
	it('always gives a value deep-equal to the new one, and leaves both inputs alone', () => {
		fc.assert(
			fc.property(json, json, (previous, next) => {
				const before = [structuredClone(previous), structuredClone(next)];
				expect(share(previous, next)).toEqual(next);
				expect([previous, next]).toEqual(before);
			})
		);
	});

	it('gives back the previous object itself when nothing changed', () => {
		fc.assert(
			fc.property(json, (value) => {
				expect(share(value, structuredClone(value))).toBe(value);
			})
		);
	});

	// Found by the property above in a CI run: assigning out["__proto__"] set the prototype instead.
	it('keeps a key named __proto__ as a property', () => {
		const previous = JSON.parse('{"__proto__": null, "a": [1]}') as Record<string, unknown>;
		expect(share(previous, structuredClone(previous))).toBe(previous);
		const next = JSON.parse('{"__proto__": 2, "a": [1]}') as Record<string, unknown>;
		const shared = share(previous, next);
		expect(Object.hasOwn(shared, '__proto__')).toBe(true);
		expect(shared).toEqual(next);
		expect(Object.getPrototypeOf(shared)).toBe(Object.prototype);
		expect(shared.a).toBe(previous.a);
	});

	it('keeps the unchanged items of a list, matched by id wherever they moved, and replaces the changed ones', () => {
		const a = { id: 'a', x: 1 };
		const b = { id: 'b', x: 2 };
		const previous = { width: 640, points: [a, b], axis: { ticks: [0, 10] } };
		const next = {
			width: 640,
			points: [
				{ id: 'c', x: 3 },
				{ id: 'b', x: 2 },
				{ id: 'a', x: 9 }
			],
			axis: { ticks: [0, 10] }
		};
		const out = share(previous, next);
		expect(out).not.toBe(previous);
		expect(out.points[1]).toBe(b);
		expect(out.points[2]).not.toBe(a);
		expect(out.points[2]).toEqual({ id: 'a', x: 9 });
		expect(out.axis).toBe(previous.axis);
	});

	it('shares every item whose id and contents are unchanged, in any order', () => {
		fc.assert(
			fc.property(items, items, (previous, next) => {
				const out = share(previous, structuredClone(next));
				out.forEach((item) => {
					const before = previous.find((p) => p.id === item.id);
					if (before?.x === item.x) expect(item).toBe(before);
					else expect(previous).not.toContain(item);
				});
			})
		);
	});
});
