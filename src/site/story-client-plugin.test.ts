import { describe, expect, it } from 'vitest';
import type { Rolldown } from 'vite';
import { storyClientFiles } from './story-client-plugin.ts';
import { storyClientFiles as storyClientFilesForPage } from './story-client.server.ts';

const chunk = (fileName: string, imports: string[], facadeModuleId: string | null = null) =>
	({
		type: 'chunk',
		fileName,
		imports,
		isEntry: facadeModuleId !== null,
		facadeModuleId
	}) as Rolldown.OutputChunk;

describe('storyClientFiles', () => {
	const entry = '/site/src/site/story-client.ts';
	const bundle = Object.fromEntries(
		[
			chunk('entry/story.1.js', ['chunks/view.js', 'chunks/svelte.js'], entry),
			chunk('entry/start.1.js', ['chunks/router.js'], '/kit/client/entry.js'),
			chunk('chunks/view.js', ['chunks/svelte.js', 'chunks/visuals.js']),
			chunk('chunks/visuals.js', ['chunks/svelte.js']),
			chunk('chunks/svelte.js', []),
			chunk('chunks/router.js', ['chunks/svelte.js'])
		].map((c) => [c.fileName, c])
	) as Rolldown.OutputBundle;

	it('gives the entry’s file and every chunk it imports, however deep, once each, and nothing else', () => {
		const files = storyClientFiles(bundle, entry);
		expect(files.entry).toBe('entry/story.1.js');
		expect([...files.imports].sort()).toEqual(['chunks/svelte.js', 'chunks/view.js', 'chunks/visuals.js']);
	});

	it('says which entry it could not find', () => {
		expect(() => storyClientFiles(bundle, '/elsewhere.ts')).toThrow('no chunk for /elsewhere.ts');
	});
});

describe('the story page reading what the build recorded', () => {
	it('says which file is missing and what writes it', () => {
		expect(() => storyClientFilesForPage(false, '/nowhere')).toThrow(
			/\.svelte-kit\/story-client\.json: cannot read the story page's script .*storyClient\(\) in vite\.config\.ts/
		);
	});

	it('serves the entry from source in development', () => {
		expect(storyClientFilesForPage(true, '/nowhere')).toEqual({
			entry: 'src/site/story-client.ts',
			imports: []
		});
	});
});
