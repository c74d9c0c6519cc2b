/**
 * What each export of the package adds to a page, against a budget: each runtime export of the components entry,
 * bundled alone for the browser as a user's app would (minified, tree-shaken, brotli, its dependencies included,
 * the svelte runtime left out: the app has it anyway); and the Node entry, bundled for Node with its dependencies
 * left out. The budgets are stated in the README ("Use it in your own site"). Bundles are deterministic: the same
 * dist/ gives the same bytes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { build, type Rolldown } from 'vite';
import { afterAll, describe, expect, inject, it } from 'vitest';

const app = inject('app');
const installed = join(app, 'node_modules/scrolly-explainer');
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));

/** Budgets in bytes, brotli: the measure when set, plus room for a fix or a small feature (about 10%). */
const BUDGETS: Record<string, number> = {
	StoryView: 43_100,
	EmbedView: 36_000,
	PresentView: 31_200,
	PresenterView: 37_400,
	HandoutView: 31_300,
	SourcesView: 6_400,
	StoryClaims: 4_900,
	StoryStage: 1_000,
	Scrolly: 1_000,
	StepperView: 3_100,
	StepCard: 29_100,
	ChapterTitle: 2_200,
	StepTracker: 3_700,
	Stepper: 400,
	UrlOwner: 700,
	Pairing: 1_300,
	WindowTransport: 400,
	broadcastTransport: 300,
	presentTransports: 600,
	HostViewport: 500,
	windowViewport: 400,
	Visual: 28_000,
	StepFigure: 28_200,
	KINDS: 25_200,
	kindOf: 25_200,
	KIND_SPECS: 5_500,
	loadStory: 86_600,
	forReader: 300,
	StoryError: 800,
	codeFrame: 400,
	formatDiagnostic: 600,
	formatDiagnostics: 700,
	'./node': 20_300,
	'./styles.css': 1_000
};

/** The names dist/index.js exports at run time (types are gone from the JavaScript). */
const runtimeExports = [
	...readFileSync(join(installed, 'dist/index.js'), 'utf8').matchAll(/export \{([^}]*)\}/g)
]
	.flatMap((m) => m[1]!.split(','))
	.map((s) =>
		s
			.trim()
			.split(/\s+as\s+/)
			.pop()!
	)
	.filter(Boolean);

// Inside the app, so that the entries resolve the package from its node_modules.
const dir = mkdtempSync(join(app, 'sizes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Brotli bytes of everything a bundle of `source` emits (its lazy chunks and CSS included). */
async function bundled(name: string, source: string, node = false): Promise<number> {
	const entry = join(dir, `${name.replace(/\W/g, '_')}.js`);
	writeFileSync(entry, source);
	const result = (await build({
		root: app,
		configFile: false,
		logLevel: 'silent',
		// For Node, Vite leaves every package out of the bundle unless told: here only the dependencies stay out.
		ssr: node ? { noExternal: ['scrolly-explainer'] } : undefined,
		plugins: node ? [] : [svelte({ configFile: false, compilerOptions: { runes: true } })],
		build: {
			write: false,
			minify: true,
			ssr: node,
			lib: { entry, formats: ['es'], fileName: 'out' },
			rolldownOptions: {
				// Bare specifiers other than the package's own: its dependencies, and node: modules.
				external: node ? /^(?!scrolly-explainer)[\w@]/ : [/^svelte($|\/)/]
			}
		}
	})) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
	const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
	return outputs.reduce(
		(n, o) => n + brotliCompressSync(o.type === 'chunk' ? o.code : Buffer.from(o.source)).length,
		0
	);
}

describe('the size of each export', () => {
	it('has a budget for every runtime export of the components entry, the Node entry and the stylesheet', () => {
		expect(Object.keys(BUDGETS).sort()).toEqual([...runtimeExports, './node', './styles.css'].sort());
		expect(Object.keys(pkg.exports)).toEqual(['.', './node', './styles.css']);
	});

	it.each(runtimeExports)('%s stays within its budget', async (name) => {
		const size = await bundled(name, `export { ${name} } from 'scrolly-explainer';`);
		console.log(`${name}: ${size} B brotli (budget ${BUDGETS[name]})`);
		expect(size).toBeGreaterThan(0);
		expect(size).toBeLessThanOrEqual(BUDGETS[name]!);
	});

	it('the stylesheet stays within its budget', () => {
		const size = brotliCompressSync(readFileSync(join(installed, pkg.exports['./styles.css']))).length;
		console.log(`./styles.css: ${size} B brotli (budget ${BUDGETS['./styles.css']})`);
		expect(size).toBeLessThanOrEqual(BUDGETS['./styles.css']!);
	});

	it('the Node entry stays within its budget', async () => {
		const size = await bundled('./node', `export * from 'scrolly-explainer/node';`, true);
		console.log(`./node: ${size} B brotli (budget ${BUDGETS['./node']})`);
		expect(size).toBeLessThanOrEqual(BUDGETS['./node']!);
	});
});
