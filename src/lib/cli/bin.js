#!/usr/bin/env node
// The package's command (`npx scrolly check`, `npx scrolly new <slug>`), given this process. Shipped as
// dist/cli/bin.js, beside the built CLI it runs.
import { run } from './main.js';

process.exitCode = run(process.argv.slice(2), {
	cwd: process.cwd(),
	out: (text) => console.log(text),
	err: (text) => console.error(text)
});
