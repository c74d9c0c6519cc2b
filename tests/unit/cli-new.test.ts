/**
 * `scrolly new <slug>` writes a story that `scrolly check` passes, for any valid slug (a property, run in-process),
 * with a step of each kind of visual; a bad or taken slug gets one clear line, and nothing is written.
 */
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { scrolly } from '../cli.ts';
import { KEBAB } from '../../src/lib/content/text.ts';
import { MAX_SLUG } from '../../src/lib/cli/new-story.ts';
import { loadStoryFolder } from '../../src/lib/story-folder.ts';
import { KIND_SPECS } from '../../src/lib/visuals/specs.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cli-new-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;
/** An empty project folder of its own. */
const project = () => {
	const dir = join(scratch, `p${n++}`);
	mkdirSync(dir);
	return dir;
};

/** Kebab-case slugs: words of a-z and 0-9 joined by single hyphens, at most MAX_SLUG characters. */
const slugs = fc
	.array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 6 })
	.map((words) => words.join('-'))
	.filter((slug) => slug.length <= MAX_SLUG);

describe('scrolly new', () => {
	it('writes a story that scrolly check passes, for any valid slug', () => {
		fc.assert(
			fc.property(slugs, (slug) => {
				const dir = project();
				const created = scrolly(dir, 'new', slug);
				expect(created).toMatchObject({ code: 0, err: '' });
				expect(created.out).toContain(`npx scrolly check stories/${slug}`);
				const checked = scrolly(dir, 'check', `stories/${slug}`);
				expect(checked).toEqual({
					code: 0,
					out: `stories/${slug}: 1 chapter, 3 steps, 3 claims, 1 source: ok`,
					err: ''
				});
			}),
			{ numRuns: 25, seed: 15 }
		);
	});

	it('gives the story one step of each kind of visual, in the order of the kinds, and says what each part is', () => {
		const dir = project();
		scrolly(dir, 'new', 'river-town');
		const { story } = loadStoryFolder(join(dir, 'stories/river-town'));
		const steps = story!.chapters.flatMap((c) => c.steps);
		expect(steps.map((s) => s.visual.key)).toEqual(KIND_SPECS.map((k) => k.key));
		expect(story!.title).toBe('River town');
		for (const file of ['story.md', 'visuals.yaml', 'claims.yaml', 'chapters/01-first-chapter.md'])
			expect(readFileSync(join(dir, 'stories/river-town', file), 'utf8')).toMatch(/^\s*(#|<!--) \w/m);
	});

	it('writes into another folder of stories with --into', () => {
		const dir = project();
		expect(scrolly(dir, 'new', 'river-town', '--into', 'content/stories').code).toBe(0);
		expect(scrolly(dir, 'check', 'content/stories').out).toMatch(/^content\/stories\/river-town: .*: ok$/);
	});

	it('refuses any slug that is not kebab-case, and writes nothing', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !KEBAB.test(s) && !s.startsWith('-')),
				(slug) => {
					const dir = project();
					const result = scrolly(dir, 'new', slug);
					expect(result.code).toBe(1);
					expect(result.err).toBe(
						`scrolly new: "${slug}" is not a valid slug: use lower-case letters a-z, digits and single hyphens between them, e.g. river-town (it is the story's folder and URL); nothing was written`
					);
					expect(readdirSync(dir)).toEqual([]);
				}
			),
			{ numRuns: 50, seed: 15 }
		);
	});

	it('refuses a slug too long for a folder and a URL', () => {
		const dir = project();
		const slug = 'a'.repeat(MAX_SLUG + 1);
		expect(scrolly(dir, 'new', slug)).toEqual({
			code: 1,
			out: '',
			err: `scrolly new: "${slug}" is too long for a slug: ${MAX_SLUG + 1} characters, at most ${MAX_SLUG}; nothing was written`
		});
		expect(readdirSync(dir)).toEqual([]);
	});

	it('refuses a slug whose folder exists, and leaves that folder as it was', () => {
		const dir = project();
		mkdirSync(join(dir, 'stories/river-town'), { recursive: true });
		writeFileSync(join(dir, 'stories/river-town/story.md'), 'mine');
		expect(scrolly(dir, 'new', 'river-town')).toEqual({
			code: 1,
			out: '',
			err: 'scrolly new: stories/river-town already exists; nothing was written (choose another slug, or remove it first)'
		});
		expect(readdirSync(join(dir, 'stories/river-town'))).toEqual(['story.md']);
		expect(readFileSync(join(dir, 'stories/river-town/story.md'), 'utf8')).toBe('mine');
	});

	it('asks for a slug when none is given, with its usage', () => {
		const dir = project();
		expect(scrolly(dir, 'new')).toMatchObject({
			code: 1,
			err: expect.stringMatching(/give the new story a slug\nusage: scrolly new <slug>/)
		});
		expect(existsSync(join(dir, 'stories'))).toBe(false);
	});
});
