import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STORIES } from '../stories.ts';

/** A copy of the project (sharing node_modules) in which two story files are broken. */
const dir = mkdtempSync(join(tmpdir(), 'broken-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run build with a broken story', () => {
	it('exits non-zero and lists every diagnostic as file:line:col', () => {
		for (const path of ['src', 'static', 'stories', 'svelte.config.js', 'vite.config.ts', 'package.json', 'tsconfig.json'])
			cpSync(path, join(dir, path), { recursive: true });
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
		// Any story will do: its first chapter's first step gets a misspelt visual, a claim an impossible hedge.
		const { slug, chapters } = STORIES[0]!;
		const file = `${String(chapters[0]!.number).padStart(2, '0')}-${chapters[0]!.id}.md`;
		const key = chapters[0]!.steps[0]!.visual.key;
		const chapter = join(dir, `stories/${slug}/chapters/${file}`);
		writeFileSync(chapter, readFileSync(chapter, 'utf8').replace(`visual: ${key}\n`, `visual: ${key}x\n`));
		const claims = join(dir, `stories/${slug}/claims.yaml`);
		writeFileSync(claims, readFileSync(claims, 'utf8').replace(/^ {2}hedged: false$/m, '  hedged: perhaps'));

		const build = spawnSync('npx', ['vite', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
		const output = build.stdout + build.stderr;
		expect(build.status).not.toBe(0);
		expect(output).toContain(`stories/${slug}/chapters/${file}:`);
		expect(output).toMatch(new RegExp(`${file}:\\d+:9 [\\w-]+\\.visual: wrong value .*did you mean "${key}"\\?`));
		expect(output).toMatch(/claims\.yaml:\d+:11 \[\d+\]\.hedged: wrong value \(expected true or false, found "perhaps"\)/);
		expect(output).toContain('2 problems in stories/');
	});
});
