import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** A copy of the project (sharing node_modules) in which two story files are broken. */
const dir = mkdtempSync(join(tmpdir(), 'broken-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run build with a broken story', () => {
	it('exits non-zero and lists every diagnostic as file:line:col', () => {
		for (const path of ['src', 'static', 'stories', 'svelte.config.js', 'vite.config.ts', 'package.json', 'tsconfig.json'])
			cpSync(path, join(dir, path), { recursive: true });
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
		const chapter = join(dir, 'stories/road-to-sirte/chapters/01-abu-grain.md');
		writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(/^visual: campaign$/m, 'visual: campain'));
		const claims = join(dir, 'stories/road-to-sirte/claims.yaml');
		writeFileSync(claims, readFileSync(claims, 'utf8').replace(/^ {2}hedged: false$/m, '  hedged: perhaps'));

		const build = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
		const output = build.stdout + build.stderr;
		expect(build.status).not.toBe(0);
		expect(output).toMatch(/stories\/road-to-sirte\/chapters\/01-abu-grain\.md:\d+:9 [\w-]+\.visual: wrong value .*did you mean "campaign"\?/);
		expect(output).toMatch(/stories\/road-to-sirte\/claims\.yaml:\d+:11 \[\d+\]\.hedged: wrong value \(expected true or false, found "perhaps"\)/);
		expect(output).toContain('2 problems in stories/');
	});
});
