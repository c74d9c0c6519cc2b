/**
 * The package holds no story: nothing under src/ may name a story's slug, places, actors, entities or sources. A
 * story is data in its own folder; a file under src/ that names one holds content that belongs there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Story } from '../../src/lib/content/types.ts';
import { STORIES } from '../stories.ts';

const CODE = /\.(ts|js|svelte|css|html)$/;

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : CODE.test(name) ? [path] : [];
	});
}

/** The names a story owns: long enough to be its own (a 2-letter actor id such as "is" is any English text). */
function namesOf(story: Story): string[] {
	// A map's subject country is Natural Earth's name, not the story's: a basemap test may draw any country.
	const names = [
		story.slug,
		story.title,
		...story.places.flatMap((p) => [p.name, p.id]),
		...story.visuals.actors.flatMap((a) => [a.name, a.short]),
		...story.entities.map((e) => e.name),
		...story.sources.flatMap((s) => [s.title, s.outlet])
	];
	return [...new Set(names)].filter((n) => n.length >= 4);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const sources = files('src').map((path) => ({ path, text: readFileSync(path, 'utf8') }));

describe('the package holds no story', () => {
	it('reads every file under src/', () => {
		expect(sources.length).toBeGreaterThan(50);
	});

	it.each(STORIES)('no file under src/ names $slug, its places, actors, entities or sources', (story) => {
		const found = namesOf(story).flatMap((name) => {
			const word = new RegExp(`(^|[^\\w-])${escape(name)}($|[^\\w-])`);
			return sources.filter((f) => word.test(f.text)).map((f) => `${f.path}: "${name}"`);
		});
		expect(found).toEqual([]);
	});

	// Short ids escape the test above, but a custom property named for one ("--gna") is a story's colour in the package.
	it.each(STORIES)(
		'no file under src/ declares or reads a custom property named for an actor of $slug',
		(story) => {
			const found = story.visuals.actors.flatMap(({ id }) => {
				const property = new RegExp(`--${escape(id)}($|[^\\w-])`);
				return sources.filter((f) => property.test(f.text)).map((f) => `${f.path}: "--${id}"`);
			});
			expect(found).toEqual([]);
		}
	);
});
