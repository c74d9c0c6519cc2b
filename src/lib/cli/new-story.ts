/**
 * `scrolly new <slug>`: writes a story folder that passes `scrolly check` and builds (scaffold.ts), or, given a bad or
 * taken slug, says why and writes nothing.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { KEBAB } from '../content/text.ts';
import type { Exit, Io } from './io.ts';
import { scaffold } from './scaffold.ts';

/** Long enough for any headline's slug, short enough for every file system and URL. */
export const MAX_SLUG = 64;

/** Why `slug` cannot name a story, or undefined when it can. */
export function slugProblem(slug: string): string | undefined {
	if (!KEBAB.test(slug))
		return `"${slug}" is not a valid slug: use lower-case letters a-z, digits and single hyphens between them, e.g. river-town (it is the story's folder and URL)`;
	if (slug.length > MAX_SLUG)
		return `"${slug}" is too long for a slug: ${slug.length} characters, at most ${MAX_SLUG}`;
	return undefined;
}

export function newStory(args: string[], io: Io): Exit {
	const into = args.indexOf('--into');
	const stories = into >= 0 ? args[into + 1] : 'stories';
	const rest = args.filter((_, i) => into < 0 || (i !== into && i !== into + 1));
	if (stories === undefined || rest.length !== 1 || rest[0]!.startsWith('-')) {
		io.err(
			`scrolly new: ${rest.length === 0 ? 'give the new story a slug' : `unexpected ${rest.join(' ')}`}\n${USAGE}`
		);
		return 1;
	}
	const slug = rest[0]!;
	const problem = slugProblem(slug);
	if (problem) {
		io.err(`scrolly new: ${problem}; nothing was written`);
		return 1;
	}
	const folder = resolve(io.cwd, stories, slug);
	const shown = relative(io.cwd, folder).split(sep).join('/');
	if (existsSync(folder)) {
		io.err(
			`scrolly new: ${shown} already exists; nothing was written (choose another slug, or remove it first)`
		);
		return 1;
	}
	const files = scaffold(slug);
	mkdirSync(dirname(folder), { recursive: true });
	// Not recursive: if the folder appeared since the check above, this fails rather than write into it.
	mkdirSync(folder);
	try {
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(folder, path)), { recursive: true });
			writeFileSync(join(folder, path), text, { flag: 'wx' });
		}
	} catch (error) {
		rmSync(folder, { recursive: true, force: true });
		throw error;
	}
	io.out(
		`Created ${shown}/: ${Object.keys(files).length} files, one chapter with a step of each kind of visual, commented.\n` +
			`Edit them, then check the story with: npx scrolly check ${shown}`
	);
	return 0;
}

export const USAGE = `usage: scrolly new <slug> [--into <folder>]
  slug    the story's folder name and URL: lower-case letters, digits and hyphens (e.g. river-town)
  --into  the folder of stories to create it in (default: stories)`;
