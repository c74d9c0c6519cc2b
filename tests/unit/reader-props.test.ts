/**
 * The Node entry's loaders give a user's build the same diagnostics as this project's build: as a list
 * (loadStoryFolder, which never throws), or as a StoryError whose message is the build's (readerProps, storyFrom).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostics, StoryError } from '../../src/lib/content/diagnostics.ts';
import { readerProps, storyFrom } from '../../src/lib/reader-props.ts';
import { loadStoryFolder } from '../../src/lib/story-folder.ts';

const scratch = mkdtempSync(join(tmpdir(), 'reader-props-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const demo = join(scratch, 'demo');
cpSync('tests/fixtures/base', demo, { recursive: true });

describe('the Node-side loaders', () => {
	it("make a view's props from a valid folder: the story without speaker notes, and its map", () => {
		const { story, basemap } = readerProps(demo);
		expect(story.chapters.flatMap((c) => c.steps.map((s) => s.id))).toEqual(['one', 'two', 'three', 'four']);
		expect(story.chapters[0]!.steps[0]).not.toHaveProperty('notes');
		expect(basemap).toBeDefined();
		expect(storyFrom(demo).chapters[0]!.steps[0]!.notes).toBe('Start here.');
	});

	it("throw a StoryError whose message is the build's diagnostics, for a broken folder", () => {
		const broken = join(scratch, 'broken', 'demo');
		cpSync(demo, broken, { recursive: true });
		const claims = join(broken, 'claims.yaml');
		writeFileSync(claims, readFileSync(claims, 'utf8').replace('hedged: false', 'hedged: perhaps'));
		const loaded = loadStoryFolder(broken);
		expect(loaded.diagnostics).toHaveLength(1);
		expect(() => readerProps(broken)).toThrow(StoryError);
		expect(() => readerProps(broken)).toThrow(formatDiagnostics(loaded.diagnostics, loaded.texts));
	});

	it('report a missing folder as a diagnostic, not an exception', () => {
		expect(loadStoryFolder(join(scratch, 'nowhere')).diagnostics).toEqual([
			{
				file: 'stories/nowhere/',
				line: 1,
				col: 1,
				message: 'no such story folder',
				expected: 'a folder holding story.md and chapters/',
				found: 'nothing'
			}
		]);
	});
});
