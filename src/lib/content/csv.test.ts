import { describe, expect, it } from 'vitest';
import { readCsv } from './csv.ts';

describe('readCsv', () => {
	it('reads header and rows with each cell’s line and column', () => {
		const t = readCsv('a,b\n1,"x, y"\n');
		expect(t.header.map((c) => c.value)).toEqual(['a', 'b']);
		expect(t.rows).toEqual([
			[
				{ value: '1', line: 2, col: 1 },
				{ value: 'x, y', line: 2, col: 3 }
			]
		]);
	});

	it('unescapes doubled quotes and keeps newlines inside quotes', () => {
		const t = readCsv('a\n"say ""hi""\nthere"\n');
		expect(t.rows[0]![0]!.value).toBe('say "hi"\nthere');
	});

	it('reports a quote left open with its position', () => {
		expect(readCsv('a,b\n1,"open\n').error).toEqual({
			message: 'a quoted cell is never closed',
			line: 2,
			col: 3
		});
	});

	it('skips blank lines', () => {
		expect(readCsv('a\n\n1\n\n').rows).toHaveLength(1);
	});
});
