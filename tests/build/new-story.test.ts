/**
 * Adding a story touches nothing in src/: a copy of an existing story under a new slug, in a copy of the project
 * with src/ as it is, builds and is served at its own address, with every step.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { STORIES, stepsOf } from '../stories.ts';

const dir = mkdtempSync(join(tmpdir(), 'new-story-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a new story folder', () => {
	it('builds and serves under its own slug with no change to src/', async () => {
		const from = STORIES[0]!;
		const slug = `copy-of-${from.slug}`;
		for (const path of ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json', 'tsconfig.json'])
			cpSync(path, join(dir, path), { recursive: true });
		mkdirSync(join(dir, 'stories'));
		// The copy alone: the build then has one story, which keeps this test to one story's prerender.
		cpSync(join('stories', from.slug), join(dir, 'stories', slug), { recursive: true });
		symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');

		const build = spawnSync('npx', ['vite', 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1', NODE_ENV: 'production' }
		});
		expect(build.status, build.stdout + build.stderr).toBe(0);
		const page = readFileSync(join(dir, 'build', slug, 'index.html'), 'utf8');
		for (const step of stepsOf(from)) expect(page).toContain(`id="step-${step.id}"`);

		const server = await serve(join(dir, 'build'), 0);
		try {
			const response = await fetch(`${server.url}/${slug}/`);
			expect(response.status).toBe(200);
			expect(await response.text()).toContain(from.title);
			expect((await fetch(`${server.url}/${slug}/sources/`)).status).toBe(200);
		} finally {
			await server.close();
		}
	});
});
