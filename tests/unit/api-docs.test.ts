import { describe, expect, it } from 'vitest';
import { apiDocs } from '../../src/site/api-docs.ts';
import { publicExports } from '../public-exports.ts';

const docs = apiDocs();
const of = (name: string, entry = 'scrolly-explainer') =>
	docs.find((d) => d.name === name && d.entry === entry);

describe('the API docs, read from the source', () => {
	it('list every export of both entries, in their order', () => {
		expect(docs.filter((d) => d.entry === 'scrolly-explainer').map((d) => d.name)).toEqual(
			publicExports('index')
		);
		expect(docs.filter((d) => d.entry === 'scrolly-explainer/node').map((d) => d.name)).toEqual(
			publicExports('node')
		);
	});

	it("take a component's props from its Props type: type, required or not, default, doc comment", () => {
		expect(of('StoryView')?.members).toEqual([
			{ name: 'story', type: 'ReaderStory', required: true, doc: 'The validated story to tell.' },
			{
				name: 'basemap',
				type: 'Basemap',
				required: false,
				doc: 'The projected map for map visuals, computed at build time.'
			},
			{
				name: 'address',
				type: 'boolean',
				required: false,
				default: 'false',
				doc: 'Tie the active step to the address, both ways (stage/address.ts): the story page does.'
			},
			expect.objectContaining({ name: 'islands', type: 'boolean', required: false, default: 'false' })
		]);
		expect(of('StoryStage')?.members?.find((m) => m.name === 'keys')).toMatchObject({
			type: "'focus' | 'page' | false",
			default: "'focus'"
		});
		// A component typed inline rather than with an interface.
		expect(of('ChapterTitle')?.members?.map((m) => m.name)).toEqual(['chapter']);
	});

	it('give every component its props, and every function and class its signature', () => {
		for (const d of docs) {
			if (d.kind === 'component') expect(d.members?.length, d.name).toBeGreaterThan(0);
			if (d.kind === 'function' || d.kind === 'class') expect(d.signature, d.name).toMatch(/\(.*\)/);
		}
		expect(of('StepTracker')?.signature).toBe('new StepTracker(options?: TrackerOptions)');
		expect(of('readerProps', 'scrolly-explainer/node')?.signature).toBe('(folder: string): ReaderProps');
	});
});
