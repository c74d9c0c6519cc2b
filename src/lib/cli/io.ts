/** Where a command runs and writes: the process's in `cli/bin.js`, a test's own in the tests (run in-process). */
export interface Io {
	/** The folder paths are given from and shown relative to. */
	cwd: string;
	/** Standard output: results. */
	out(text: string): void;
	/** Standard error: problems and usage. */
	err(text: string): void;
}

/** A command's exit code: 0 when all went well, 1 when anything was wrong. */
export type Exit = 0 | 1;
