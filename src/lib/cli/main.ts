/** The `scrolly` command: `check` and `new`. cli/bin.js runs it with the process's arguments and streams. */
import { check, USAGE as CHECK } from './check.ts';
import type { Exit, Io } from './io.ts';
import { newStory, USAGE as NEW } from './new-story.ts';

export type { Exit, Io };

const HELP = `scrolly: check and scaffold scrollytelling stories (plain-text folders under stories/)

${CHECK}

${NEW}`;

export function run(args: string[], io: Io): Exit {
	const [command, ...rest] = args;
	if (command === 'check') return check(rest, io);
	if (command === 'new') return newStory(rest, io);
	if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
		io.out(HELP);
		return command === undefined ? 1 : 0;
	}
	io.err(`scrolly: unknown command "${command}"; expected check or new\n\n${HELP}`);
	return 1;
}
