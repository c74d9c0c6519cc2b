import { run } from '../src/lib/cli/main.ts';

/** Runs the `scrolly` command in-process in `cwd`, collecting what it prints and its exit code. */
export function scrolly(cwd: string, ...args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = run(args, { cwd, out: (t) => out.push(t), err: (t) => err.push(t) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}
