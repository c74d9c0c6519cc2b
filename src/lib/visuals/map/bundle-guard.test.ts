import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Modules that must stay on the server: the world atlas alone is 750 kB. */
const SERVER_ONLY = [
	/\/map\/basemap\.ts$/,
	/\/map\/story-basemap\.ts$/,
	/\/map\/compact-path\.ts$/,
	/^d3-geo$/,
	/^topojson-client$/,
	/^world-atlas/
];
/** Every component of the map diagram, and the module that defines the kind. */
const DIR = 'src/lib/visuals/map';
const COMPONENTS = [
	...readdirSync(DIR)
		.filter((f) => f.endsWith('.svelte'))
		.map((f) => `${DIR}/${f}`),
	`${DIR}/index.ts`
];

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
		expect(COMPONENTS.map((c) => c.slice(DIR.length + 1))).toEqual([
			'BasemapLayer.svelte',
			'MapDiagram.svelte',
			'MapLabels.svelte',
			'MapLegend.svelte',
			'MapMarks.svelte',
			'index.ts'
		]);
		const all = [...imports(resolve('src/lib/visuals/map/basemap.ts'))];
		expect(all).toEqual(
			expect.arrayContaining(['d3-geo', 'topojson-client', 'world-atlas/countries-50m.json'])
		);
	});
});
