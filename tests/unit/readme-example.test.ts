import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/lib/load-story.ts';
import { readStoryFiles } from '../../src/site/read-stories.ts';

describe('the step example in the README', () => {
	it('is a valid step of the real story, so the documentation cannot drift from the format', () => {
		const readme = readFileSync('README.md', 'utf8');
		const example = /```text\n(::: step [^]*?:::)\n```/.exec(readme)?.[1];
		expect(example).toBeDefined();
		const files = readStoryFiles(process.cwd(), 'road-to-sirte');
		// The example's id already exists in the story, so it goes in a story of its own beside the real one's data.
		const own = Object.fromEntries(
			Object.entries(files)
				.filter(([path]) => !path.includes('/chapters/'))
				.map(([path, text]) => [path.replace('road-to-sirte', 'readme'), text])
		);
		own['stories/readme/chapters/01-example.md'] = `---\ntitle: Example\n---\n\n${example}\n`;
		expect(loadStory('readme', own).diagnostics).toEqual([]);
	});
});
