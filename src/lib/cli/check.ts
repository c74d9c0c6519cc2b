/**
 * `scrolly check [dir]`: checks a story folder, or every story in a folder of them, as the build does
 * (story-folder.ts), and prints every problem at once: `file:line:col` and a code frame, or the same as JSON.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import {
	codeFrame,
	formatDiagnostic,
	formatDiagnostics,
	sortDiagnostics,
	type Diagnostic
} from '../content/diagnostics.ts';
import type { Story } from '../content/types.ts';
import type { Loaded } from '../load-story.ts';
import { loadStoryFolder, storyFolders } from '../story-folder.ts';
import type { Exit, Io } from './io.ts';

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
const isStory = (path: string) => existsSync(join(path, 'story.md')) || isDir(join(path, 'chapters'));

/** The story folders `dir` names: itself, the stories in it, or those in its stories/; an error when none. */
export function storyTargets(dir: string, shown = dir): string[] | string {
	if (!existsSync(dir)) return `${shown}: no such folder`;
	if (!isDir(dir))
		return `${shown} is a file, not a story folder: expected a folder holding story.md and chapters/`;
	if (isStory(dir)) return [dir];
	for (const folder of [dir, join(dir, 'stories')]) {
		const stories = isDir(folder) ? storyFolders(folder).map((name) => join(folder, name)) : [];
		if (stories.some(isStory)) return stories;
	}
	return (
		`${shown} is not a story folder: expected story.md and chapters/NN-name.md in it ` +
		'(or, to check several stories, a folder of story folders, or a project with a stories/ folder)'
	);
}

const posix = (path: string) => path.split(sep).join('/');

/**
 * The loader names files `stories/<slug>/…`; shown from `cwd` they are where the folder is. From a project's root,
 * where a story is at stories/<slug>/, the two are the same, and so are the messages of the build and of the check.
 */
function relocate(loaded: Loaded, folder: string, cwd: string): Loaded {
	const from = `stories/${basename(resolve(folder))}/`;
	const rel = posix(relative(cwd, resolve(folder)));
	const to = rel ? `${rel}/` : '';
	if (from === to) return loaded;
	const move = (file: string) => (file.startsWith(from) ? to + file.slice(from.length) : file);
	return {
		...loaded,
		diagnostics: loaded.diagnostics.map((d) => ({ ...d, file: move(d.file) })),
		texts: Object.fromEntries(Object.entries(loaded.texts).map(([file, text]) => [move(file), text]))
	};
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a valid story holds, counted. */
export const counts = (story: Story) => ({
	chapters: story.chapters.length,
	steps: story.chapters.reduce((n, c) => n + c.steps.length, 0),
	claims: story.claims.length,
	sources: story.sources.length
});

/** What a valid story holds, in one line. */
export function summary(folder: string, story: Story): string {
	const n = counts(story);
	const parts = [plural(n.chapters, 'chapter'), plural(n.steps, 'step'), plural(n.claims, 'claim')];
	return `${folder}: ${[...parts, plural(n.sources, 'source')].join(', ')}: ok`;
}

/** A diagnostic for machines: its fields, the line the text output prints, and the code frame. */
const forMachines = (d: Diagnostic, texts: Record<string, string>) => ({
	...d,
	text: formatDiagnostic(d),
	frame: texts[d.file] === undefined ? undefined : codeFrame(texts[d.file]!, d.line, d.col)
});

export function check(args: string[], io: Io): Exit {
	const json = args.includes('--json');
	const rest = args.filter((a) => a !== '--json');
	const unknown = rest.find((a) => a.startsWith('-'));
	if (unknown || rest.length > 1) {
		io.err(`scrolly check: ${unknown ? `unknown option ${unknown}` : 'one folder at most'}\n${USAGE}`);
		return 1;
	}
	const dir = rest[0] ?? '.';
	const targets = storyTargets(resolve(io.cwd, dir), dir);
	if (typeof targets === 'string') {
		if (json) io.out(JSON.stringify({ ok: false, error: targets, problems: [], stories: [] }, null, 2));
		else io.err(`scrolly check: ${targets}`);
		return 1;
	}
	const results = targets.map((folder) => ({
		folder: posix(relative(io.cwd, folder)) || '.',
		loaded: relocate(loadStoryFolder(folder), folder, io.cwd)
	}));
	const diagnostics = results.flatMap((r) => r.loaded.diagnostics);
	const texts: Record<string, string> = Object.assign({}, ...results.map((r) => r.loaded.texts));
	const ok = diagnostics.length === 0;
	if (json) {
		const stories = results.flatMap(({ folder, loaded: { story } }) =>
			story ? [{ folder, slug: story.slug, ...counts(story) }] : []
		);
		const problems = sortDiagnostics(diagnostics).map((d) => forMachines(d, texts));
		io.out(JSON.stringify({ ok, problems, stories }, null, 2));
	} else if (!ok) io.err(formatDiagnostics(diagnostics, texts));
	else for (const { folder, loaded } of results) io.out(summary(folder, loaded.story!));
	return ok ? 0 : 1;
}

export const USAGE = `usage: scrolly check [dir] [--json]
  dir     a story folder, a folder of them, or a project with stories/ (default: the current folder)
  --json  print the problems as JSON: file, line, col, message, expected, found, hint, code frame`;
