import { describe, expect, it } from 'vitest';
import { qrPath } from './qr.ts';

/** The modules the path paints, as rows of 0 and 1. */
function grid(text: string) {
	const { path, size } = qrPath(text);
	const rows = Array.from({ length: size }, () => Array<number>(size).fill(0));
	for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g))
		for (let i = 0; i < Number(run); i++) rows[Number(y)]![Number(x) + i] = 1;
	return { rows, size, path };
}

describe('qrPath', () => {
	const href = 'https://example.org/a-story/#step-first-step';

	it('draws a QR code with its quiet zone and the three finder patterns in the corners', () => {
		const { rows, size, path } = grid(href);
		expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
		expect((size - 8 - 17) % 4).toBe(0);
		const finder = ['1111111', '1000001', '1011101', '1011101', '1011101', '1000001', '1111111'];
		const at = (x: number, y: number) => rows.slice(y, y + 7).map((r) => r.slice(x, x + 7).join(''));
		const far = size - 4 - 7;
		for (const [x, y] of [
			[4, 4],
			[far, 4],
			[4, far]
		])
			expect(at(x!, y!)).toEqual(finder);
		expect(
			rows
				.slice(0, 4)
				.flat()
				.every((m) => m === 0)
		).toBe(true);
	});

	it('grows with the text and changes with it', () => {
		expect(grid(href).path).not.toBe(grid(`${href}x`).path);
		expect(grid(`${href}/${'a'.repeat(200)}`).size).toBeGreaterThan(grid(href).size);
	});
});
