import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Modules that must stay on the server: the world atlas alone is 750 kB. */
const SERVER_ONLY = [
	/\/map\/basemap\.ts$/,
	/\/map\/compact-path\.ts$/,
	/^d3-geo$/,
	/^topojson-client$/,
	/^world-atlas/
];
/** Every component of the map visuals. */
const COMPONENTS = ['src/lib/visuals/map', 'src/lib/visuals/campaign'].flatMap((dir) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.svelte'))
		.map((f) => `${dir}/${f}`)
);

/** Everything a file imports, transitively (relative imports followed, packages listed by name). */
function imports(file: string, seen = new Set<string>()): Set<string> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const source = readFileSync(file, 'utf8');
	for (const [, spec] of source.matchAll(/(?:import|export)\s[^'"]*?from\s+'([^']+)'/g)) {
		if (spec!.startsWith('.')) imports(resolve(dirname(file), spec!), seen);
		else seen.add(spec!);
	}
	return seen;
}

describe("the map components' bundle", () => {
	it.each(COMPONENTS)('%s never pulls in the atlas or the geographic libraries', (component) => {
		const all = [...imports(resolve(component))];
		expect(all.filter((m) => SERVER_ONLY.some((r) => r.test(m)))).toEqual([]);
	});

	it('finds the components, and sees what basemap.ts imports', () => {
		expect(COMPONENTS.length).toBeGreaterThanOrEqual(6);
		const all = [...imports(resolve('src/lib/visuals/map/basemap.ts'))];
		expect(all).toEqual(
			expect.arrayContaining(['d3-geo', 'topojson-client', 'world-atlas/countries-50m.json'])
		);
	});
});
