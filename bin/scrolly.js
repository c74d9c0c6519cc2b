#!/usr/bin/env node
// The package's command (`npx scrolly check`, `npx scrolly new <slug>`): the built CLI in dist/, given this process.
import { run } from '../dist/cli/main.js';

process.exitCode = run(process.argv.slice(2), {
	cwd: process.cwd(),
	out: (text) => console.log(text),
	err: (text) => console.error(text)
});
