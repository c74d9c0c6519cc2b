import { describe, expect, it } from 'vitest';
import { withAhead } from './ahead.ts';

const items = (ids: string) => ids.split('').map((id) => ({ id, from: 'now' }));
const nextItems = (ids: string) => ids.split('').map((id) => ({ id, from: 'next' }));
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id).join('');

describe('withAhead', () => {
	it('slots the items only the next step draws where it draws them, and names them', () => {
		const { items: drawn, ahead } = withAhead(items('acd'), nextItems('abcde'));
		expect(ids(drawn)).toBe('abcde');
		expect([...ahead]).toEqual(['b', 'e']);
	});

	it("keeps now's object for an item both draw, so revealing the next step changes nothing of it", () => {
		const now = items('ab');
		const { items: drawn } = withAhead(now, nextItems('ab'));
		expect(drawn).toBe(now);
	});

	it('keeps the items the next step leaves out, in their place', () => {
		const { items: drawn, ahead } = withAhead(items('abc'), nextItems('axc'));
		expect(ids(drawn)).toBe('abxc');
		expect(drawn.find((i) => i.id === 'b')!.from).toBe('now');
		expect([...ahead]).toEqual(['x']);
	});

	it("keeps now's order where the next step reorders what both draw", () => {
		const { items: drawn, ahead } = withAhead(items('ab'), nextItems('bxa'));
		expect(ids(drawn)).toBe('xab');
		expect([...ahead]).toEqual(['x']);
	});

	it('draws only now when there is no step ahead', () => {
		const now = items('ab');
		expect(withAhead(now, undefined)).toEqual({ items: now, ahead: new Set() });
	});

	it('matches items by the key it is given', () => {
		const now = [{ key: 'a' }];
		const { items: drawn, ahead } = withAhead(now, [{ key: 'a' }, { key: 'b' }], (item) => item.key);
		expect(drawn).toEqual([{ key: 'a' }, { key: 'b' }]);
		expect(drawn[0]).toBe(now[0]);
		expect([...ahead]).toEqual(['b']);
	});
});
