/**
 * The package as npm delivers it (the tarball tests/setup/pack.ts packs): publint finds nothing to fix, it holds only
 * what a user needs, its modules resolve in plain Node and in bundlers, and its command runs.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatMessage } from 'publint/utils';
import { publint } from 'publint';
import { afterAll, describe, expect, inject, it } from 'vitest';

const tarball = inject('tarball');
const installed = join(inject('app'), 'node_modules/scrolly-explainer');
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
const files = readdirSync(installed, { recursive: true, encoding: 'utf8', withFileTypes: false })
	.map((f) => f.split('\\').join('/'))
	.filter((f) => /\.\w+$/.test(f))
	.sort();
const code = files.filter((f) => /\.(js|svelte|d\.ts)$/.test(f));
const read = (f: string) => readFileSync(join(installed, f), 'utf8');

/** Every module specifier a file imports or re-exports, static or dynamic (comments left out). */
const specifiers = (text: string) =>
	[
		...text
			.replace(/\/\*[^]*?\*\/|^\s*\/\/.*$|<!--[^]*?-->/gm, '')
			.matchAll(
				/^\s*(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm
			)
	].map((m) => (m[1] ?? m[2] ?? m[3])!);
/** A bare specifier's package: `d3-scale`, `@scope/name`. */
const packageOf = (spec: string) =>
	spec
		.split('/')
		.slice(0, spec.startsWith('@') ? 2 : 1)
		.join('/');

const scratch = mkdtempSync(join(tmpdir(), 'packed-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the packed package', () => {
	it('passes publint, strict', async () => {
		const { messages } = await publint({
			pack: { tarball: new Uint8Array(readFileSync(tarball)).buffer },
			strict: true
		});
		expect(messages.map((m) => formatMessage(m, pkg, { color: false }))).toEqual([]);
	});

	it('holds dist/, its command, package.json and the README, and no test or fixture', () => {
		expect(files.filter((f) => !/^(dist\/|bin\/scrolly\.js$|package\.json$|README\.md$)/.test(f))).toEqual(
			[]
		);
		expect(files.filter((f) => /\.test\.|fixture/.test(f))).toEqual([]);
		expect(files).toEqual(
			expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/node.js', 'dist/node.d.ts'])
		);
	});

	it('imports no $app/ module and no .ts file, in code or declarations', () => {
		const found = code.flatMap((f) =>
			specifiers(read(f))
				.filter((s) => s.startsWith('$') || (/^\.\.?\//.test(s) && /\.ts$/.test(s) && !s.endsWith('.d.ts')))
				.map((s) => `${f}: ${s}`)
		);
		expect(found).toEqual([]);
		expect(code.length).toBeGreaterThan(100);
	});

	it('depends on exactly the packages its code imports, svelte as a peer', () => {
		const runtime = new Set(
			code
				.filter((f) => !f.endsWith('.d.ts'))
				.flatMap((f) => specifiers(read(f)))
				.filter((s) => !s.startsWith('.') && !s.startsWith('node:'))
				.map(packageOf)
		);
		expect(Object.keys(pkg.peerDependencies)).toEqual(['svelte']);
		expect([...runtime].filter((p) => p !== 'svelte').sort()).toEqual(Object.keys(pkg.dependencies).sort());
	});

	it('loads its Node entry in plain Node, and its command checks a story', () => {
		const story = join(scratch, 'stories', 'demo');
		cpSync('tests/fixtures/base', story, { recursive: true });
		const claims = join(story, 'claims.yaml');
		writeFileSync(claims, readFileSync(claims, 'utf8').replace('hedged: false', 'hedged: perhaps'));
		const bin = spawnSync('node', [join(installed, 'dist/cli/bin.js'), 'check', 'stories/demo', '--json'], {
			cwd: scratch,
			encoding: 'utf8'
		});
		expect(bin.status).toBe(1);
		expect(JSON.parse(bin.stdout).problems.map((p: { text: string }) => p.text)).toEqual([
			'stories/demo/claims.yaml:5:11 [0].hedged: wrong value (expected true or false, found "perhaps")'
		]);
	});
});
