/**
 * `scrolly check` prints what the build prints: for each case of the broken-file corpus (tests/fixtures/broken, see
 * broken-corpus.test.ts), in a project of its own, the command's text is the story-check plugin's message (what
 * `vite build` stops with), and its JSON holds the same diagnostics and code frames. Run in-process.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scrolly } from '../cli.ts';
import { storyCheck } from '../../src/site/story-check-plugin.ts';

const FIXTURES = 'tests/fixtures';
const scratch = mkdtempSync(join(tmpdir(), 'cli-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A project whose only story, stories/demo, is the base fixture with `overlay`'s files over it. */
function project(name: string, overlay?: string): string {
	const root = join(scratch, name);
	const story = join(root, 'stories', 'demo');
	cpSync(join(FIXTURES, 'base'), story, { recursive: true });
	if (overlay) cpSync(overlay, story, { recursive: true, filter: (p) => !p.endsWith('expected.txt') });
	return root;
}

/** The message `vite build` stops with (the story-check plugin's), without its heading; '' when it passes. */
function buildMessage(root: string): string {
	const plugin = storyCheck(root) as unknown as { buildStart(this: { error(m: string): never }): void };
	try {
		plugin.buildStart.call({
			error: (m: string) => {
				throw new Error(m);
			}
		});
		return '';
	} catch (error) {
		return (error as Error).message.replace(/^Invalid story:\n\n/, '');
	}
}

interface Problem {
	file: string;
	line: number;
	col: number;
	text: string;
	frame?: string;
}

const cases = readdirSync(join(FIXTURES, 'broken')).sort();

describe('scrolly check on the broken-file corpus', () => {
	it.each(cases)("%s: prints the build's diagnostics, as text and as JSON", (name) => {
		const root = project(name, join(FIXTURES, 'broken', name));
		const build = buildMessage(root);
		const text = scrolly(root, 'check', 'stories/demo');
		const json = scrolly(root, 'check', 'stories/demo', '--json');
		const report = JSON.parse(json.out) as { ok: boolean; problems: Problem[] };
		if (build === '') {
			expect(text.code).toBe(0);
			expect(report).toMatchObject({ ok: true, problems: [] });
			return;
		}
		expect(text.code).toBe(1);
		expect(json.code).toBe(1);
		expect(text.err).toBe(build);
		expect(text.out).toBe('');
		expect(report.ok).toBe(false);
		// The JSON, printed as the text is, is the text: the same diagnostics, in the same order, with the same frames.
		const count = report.problems.length;
		const printed = report.problems.map((p) => (p.frame === undefined ? p.text : `${p.text}\n${p.frame}`));
		expect(`${printed.join('\n\n')}\n\n${count} problem${count === 1 ? '' : 's'} in stories/`).toBe(build);
		for (const p of report.problems) expect(p.text.startsWith(`${p.file}:${p.line}:${p.col} `)).toBe(true);
	});
});

describe('scrolly check, where it looks', () => {
	const root = project('valid');

	it('checks the stories of a project, a folder of stories, or one story, from anywhere', () => {
		const line = 'stories/demo: 2 chapters, 4 steps, 3 claims, 1 source: ok';
		expect(scrolly(root, 'check')).toEqual({ code: 0, out: line, err: '' });
		expect(scrolly(root, 'check', 'stories')).toEqual({ code: 0, out: line, err: '' });
		expect(scrolly(scratch, 'check', 'valid/stories/demo').out).toBe(`valid/${line}`);
		expect(scrolly(join(root, 'stories/demo'), 'check').out).toBe(line.replace('stories/demo', '.'));
	});

	it('names files from where it runs, so file:line:col opens in an editor there', () => {
		const broken = project('broken-here', join(FIXTURES, 'broken', 'wrong-type'));
		const inside = scrolly(join(broken, 'stories/demo'), 'check', '--json');
		const files = (JSON.parse(inside.out) as { problems: Problem[] }).problems.map((p) => p.file);
		expect(files.length).toBeGreaterThan(0);
		for (const file of files) expect(file).not.toMatch(/^stories\//);
	});

	it('says what it expected when the folder holds no story, and exits 1', () => {
		mkdirSync(join(scratch, 'empty'));
		writeFileSync(join(scratch, 'notes.txt'), 'not a story');
		expect(scrolly(scratch, 'check', 'empty')).toEqual({
			code: 1,
			out: '',
			err:
				'scrolly check: empty is not a story folder: expected story.md and chapters/NN-name.md in it ' +
				'(or, to check several stories, a folder of story folders, or a project with a stories/ folder)'
		});
		expect(scrolly(scratch, 'check', 'notes.txt').err).toBe(
			'scrolly check: notes.txt is a file, not a story folder: expected a folder holding story.md and chapters/'
		);
		expect(scrolly(scratch, 'check', 'nowhere')).toMatchObject({
			code: 1,
			err: 'scrolly check: nowhere: no such folder'
		});
		expect(JSON.parse(scrolly(scratch, 'check', 'nowhere', '--json').out)).toEqual({
			ok: false,
			error: 'nowhere: no such folder',
			problems: [],
			stories: []
		});
	});

	it('refuses an unknown option or a second folder, with its usage', () => {
		expect(scrolly(root, 'check', '--fix')).toMatchObject({
			code: 1,
			err: expect.stringMatching(/unknown option --fix\nusage: scrolly check/)
		});
		expect(scrolly(root, 'check', 'a', 'b')).toMatchObject({
			code: 1,
			err: expect.stringMatching(/one folder at most/)
		});
		expect(scrolly(root, 'lint')).toMatchObject({
			code: 1,
			err: expect.stringMatching(/unknown command "lint"/)
		});
	});
});
