/**
 * For the package suite: packs the package once (`npm pack`, which runs `npm run package`) and installs the tarball
 * into a copy of tests/consumer, as a user's app gets it. The app's other modules (svelte, kit, vite, and the
 * package's own dependencies) are linked from this project's node_modules, one package at a time: the install is
 * then offline, fast and the same on every run, and only the package under test comes from the tarball.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The packed package: `<dir>/scrolly-explainer-<version>.tgz`. */
		tarball: string;
		/** A copy of tests/consumer with the tarball installed in its node_modules. */
		app: string;
	}
}

const ROOT = resolve(import.meta.dirname, '../..');
const NAME = 'scrolly-explainer';

/** Links each package of the project's node_modules into `into` (scopes as real folders), but not `skip`. */
function linkModules(from: string, into: string, skip: string) {
	mkdirSync(into, { recursive: true });
	for (const name of readdirSync(from)) {
		if (name.startsWith('.') || name === skip) continue;
		if (name.startsWith('@')) linkModules(join(from, name), join(into, name), skip);
		else symlinkSync(join(from, name), join(into, name), 'dir');
	}
}

export default function setup(project: TestProject) {
	const dir = mkdtempSync(join(tmpdir(), 'package-'));
	// `npm pack` would run this itself (prepack), but its output would then be mixed with the JSON read below.
	execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], {
			cwd: ROOT,
			encoding: 'utf8'
		})
	) as { filename: string }[];
	const tarball = join(dir, packed!.filename);

	const app = join(dir, 'app');
	cpSync(join(ROOT, 'tests/consumer'), app, {
		recursive: true,
		filter: (p) => !/[/\\](\.svelte-kit|build|stories)$/.test(p)
	});
	const modules = join(app, 'node_modules');
	linkModules(join(ROOT, 'node_modules'), modules, NAME);
	// What `npm install <tarball>` does, with nothing fetched: unpack it, then link its command.
	mkdirSync(join(modules, NAME));
	execFileSync('tar', ['-xzf', tarball, '-C', join(modules, NAME), '--strip-components=1']);
	mkdirSync(join(modules, '.bin'));
	for (const bin of ['vite', 'svelte-kit', 'svelte-check'])
		symlinkSync(join(ROOT, 'node_modules/.bin', bin), join(modules, '.bin', bin));
	// npm makes a package's bin executable when it installs it, whatever mode the tarball gave the file.
	chmodSync(join(modules, NAME, 'dist/cli/bin.js'), 0o755);
	symlinkSync(join('..', NAME, 'dist/cli/bin.js'), join(modules, '.bin/scrolly'));

	project.provide('tarball', tarball);
	project.provide('app', app);
	return () => rmSync(dir, { recursive: true, force: true });
}
