/**
 * A user's SvelteKit app (tests/consumer) with the packed package installed (tests/setup/pack.ts) runs the README's
 * "Use it in your own site" commands: `scrolly new`, `scrolly check`, svelte-check and the build. Its prerendered
 * pages show the new story's steps in order, in the scroll layout (hydrated) and the article layout (no script).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const app = inject('app');
const SLUG = 'field-notes';
const STEPS = ['the-line', 'the-counts', 'the-map'];

const npx = (...args: string[]) =>
	spawnSync('npx', ['--no-install', ...args], {
		cwd: app,
		encoding: 'utf8',
		env: { ...process.env, NO_COLOR: '1', NODE_ENV: 'production' }
	});

/** The `id="step-…"` attributes of a page, in document order. */
const stepIds = (html: string) => [...html.matchAll(/\bid="step-([a-z0-9-]+)"/g)].map((m) => m[1]);

/** The scripts a page loads before any interaction: SvelteKit preloads each one and imports the entries. */
const scriptsOf = (html: string) => [
	...new Set(
		[...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"|import\("([^"]+\.js)"\)/g)].map(
			(m) => m[1] ?? m[2]!
		)
	)
];

/** The README's commands in "Use it in your own site", one per line, comments dropped. */
function readmeCommands(): string[] {
	const readme = readFileSync('README.md', 'utf8');
	const section = /## Use it in your own site\n[^]*?```sh\n([^]*?)```/.exec(readme)?.[1] ?? '';
	return section
		.split('\n')
		.map((line) => line.replace(/#.*/, '').trim())
		.filter(Boolean);
}

describe('a SvelteKit app with the packed package installed', () => {
	let build: ReturnType<typeof npx>;
	beforeAll(() => {
		expect(npx('scrolly', 'new', SLUG).status).toBe(0);
		build = npx('vite', 'build');
	});

	it('runs the commands the README gives', () => {
		expect(readmeCommands()).toEqual([
			'npm install scrolly-explainer',
			`npx scrolly new ${SLUG}`,
			`npx scrolly check stories/${SLUG}`,
			'npx svelte-kit sync && npx svelte-check',
			'npx vite build'
		]);
	});

	it('checks the new story with the installed command', () => {
		const check = npx('scrolly', 'check', `stories/${SLUG}`);
		expect(check.stderr).toBe('');
		expect(check.stdout.trim()).toBe(`stories/${SLUG}: 1 chapter, 3 steps, 3 claims, 1 source: ok`);
		expect(check.status).toBe(0);
	});

	it("type-checks cleanly against the package's declarations", () => {
		execFileSync('npx', ['--no-install', 'svelte-kit', 'sync'], { cwd: app });
		const check = npx('svelte-check', '--fail-on-warnings', '--output', 'machine');
		expect(check.stdout).toMatch(/COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/);
		expect(check.status, check.stdout).toBe(0);
	});

	it('builds, and prerenders the scroll layout with the steps in order', () => {
		expect(build.status, build.stdout + build.stderr).toBe(0);
		const page = readFileSync(join(app, 'build', SLUG, 'index.html'), 'utf8');
		expect(stepIds(page)).toEqual(STEPS);
		expect(page).toContain('data-active-step');
	});

	it("styles the page with the package's stylesheet", () => {
		const page = readFileSync(join(app, 'build', SLUG, 'index.html'), 'utf8');
		const sheets = [...page.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)].map((m) => m[1]!);
		const css = sheets.map((href) => readFileSync(join(app, 'build', SLUG, href), 'utf8')).join('');
		expect(css).toContain('.visually-hidden');
		expect(css).toContain('--font-sans');
	});

	it('prerenders the article layout: the same steps in order, each with its figure, and no module', () => {
		const page = readFileSync(join(app, 'build', SLUG, 'article', 'index.html'), 'utf8');
		expect(stepIds(page)).toEqual(STEPS);
		expect(page.match(/<figure\b/g)?.length).toBeGreaterThanOrEqual(STEPS.length);
		expect(scriptsOf(page)).toEqual([]);
	});

	it('prerenders the sources page the claim links lead to', () => {
		const page = readFileSync(join(app, 'build', SLUG, 'sources', 'index.html'), 'utf8');
		for (const claim of ['distance-claim', 'hospital-count', 'commander-count'])
			expect(page).toContain(claim);
	});

	it("loads the scroll page's JavaScript within 66 kB brotli", () => {
		const page = readFileSync(join(app, 'build', SLUG, 'index.html'), 'utf8');
		const scripts = scriptsOf(page);
		expect(scripts.length).toBeGreaterThan(0);
		const brotli = scripts.reduce(
			(n, src) => n + brotliCompressSync(readFileSync(join(app, 'build', SLUG, src))).length,
			0
		);
		console.log(`consumer story page: ${scripts.length} scripts, ${(brotli / 1000).toFixed(1)} kB brotli`);
		expect(brotli).toBeLessThan(66_000);
	});
});
