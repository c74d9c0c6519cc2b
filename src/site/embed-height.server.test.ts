import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateEmbedHeight } from './embed-height.ts';
import { embedHeight, heightsPath } from './embed-height.server.ts';

const chapter = { id: 'first', steps: [{ html: '<p>One short step.</p>' }] };
function root(file?: string) {
	const dir = mkdtempSync(join(tmpdir(), 'heights-'));
	mkdirSync(join(dir, 'stories', 'demo'), { recursive: true });
	if (file !== undefined) writeFileSync(heightsPath(dir, 'demo'), file);
	return dir;
}

describe('embedHeight', () => {
	it('reserves the measured height of a measured chapter', () => {
		expect(embedHeight(root('{"heights": {"first": 1041}}'), 'demo', chapter)).toBe(1041);
	});

	it('falls back to the estimate for a story or a chapter not measured yet', () => {
		const estimate = estimateEmbedHeight(chapter.steps);
		expect(embedHeight(root(), 'demo', chapter)).toBe(estimate);
		expect(embedHeight(root('{"heights": {"other": 900}}'), 'demo', chapter)).toBe(estimate);
	});

	it('says which file is wrong, and how, rather than reserve a wrong height', () => {
		expect(() => embedHeight(root('{"heights": '), 'demo', chapter)).toThrow(/embed-heights\.json: not JSON/);
		for (const bad of ['0', '12.5', '"800"', '60000'])
			expect(() => embedHeight(root(`{"heights": {"first": ${bad}}}`), 'demo', chapter)).toThrow(
				/embed-heights\.json: heights\.first is .*, not a whole number of px/
			);
	});
});
