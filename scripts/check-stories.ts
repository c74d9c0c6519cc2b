/** `npm run check:stories`: `scrolly check stories`, from the source: every story, checked as the build does. */
import { run } from '../src/lib/cli/main.ts';

process.exitCode = run(['check', 'stories'], {
	cwd: process.cwd(),
	out: (text) => console.log(text),
	err: (text) => console.error(text)
});
