// What the build writes for the service worker: per story, the manifest of the files it keeps offline (its pages and
// everything they load, nothing of another story), and the worker at the site's root with every story's version,
// under the site's security policy.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHeaders, headersFor } from '../../src/site/headers-file.js';
import { manifestPath, WORKER_FILE, type OfflineManifest } from '../../src/site/offline/offline-caches.ts';
import { filesVersion } from '../../src/site/offline/offline-manifest.ts';
import { storyPages } from '../../src/site/offline/story-pages.ts';
import { STORY_SLUGS } from '../stories.ts';

const manifestOf = (slug: string) =>
	JSON.parse(readFileSync(`build/${manifestPath(slug)}`, 'utf8')) as OfflineManifest;
const clients = JSON.parse(readFileSync('.svelte-kit/story-client.json', 'utf8')) as Record<
	string,
	{ entry: string; imports: string[] }
>;
const worker = readFileSync(`build/${WORKER_FILE}`, 'utf8');

describe.each(STORY_SLUGS)('the offline manifest of %s', (slug) => {
	const manifest = manifestOf(slug);
	const others = STORY_SLUGS.filter((s) => s !== slug);

	it('lists the story’s pages first, then files that all exist in the build', () => {
		const pages = storyPages(slug).map((p) => p.path);
		expect(manifest.story).toBe(slug);
		expect(manifest.files.slice(0, pages.length)).toEqual(pages);
		const missing = manifest.files.filter((f) => !existsSync(`build/${f.endsWith('/') ? `${f}index.html` : f}`));
		expect(missing).toEqual([]);
	});

	it('holds the reader’s and the audience screen’s scripts with every chunk they import', () => {
		for (const mode of ['story', 'present']) {
			const { entry, imports } = clients[mode]!;
			expect(manifest.files).toEqual(expect.arrayContaining([entry, ...imports]));
		}
		// The islands' chunks, imported dynamically once the view has hydrated, are there too.
		const entry = readFileSync(`build/${clients.story!.entry}`, 'utf8');
		const dynamic = [...entry.matchAll(/import\(`\.\.\/(chunks\/[\w-]+\.js)`\)/g)].map((m) => `_app/immutable/${m[1]}`);
		expect(dynamic.length).toBeGreaterThan(0);
		expect(manifest.files).toEqual(expect.arrayContaining(dynamic));
	});

	it('holds nothing of another story, and no embed', () => {
		const elsewhere = manifest.files.filter(
			(f) => f.startsWith('embed/') || others.some((o) => f.startsWith(`${o}/`) || f.includes(`/${o}/`))
		);
		expect(elsewhere).toEqual([]);
	});

	it('is versioned by the bytes of its files, and the worker knows that version', () => {
		expect(manifest.version).toBe(filesVersion('build', manifest.files));
		expect(worker).toContain(`"${slug}":\`${manifest.version}\``);
	});
});

describe('the service worker file', () => {
	it('is a classic script of at most 4 kB (brotli), at the site’s root', () => {
		expect(worker).not.toMatch(/^\s*(import|export)\b/m);
		expect(brotliCompressSync(worker).length).toBeLessThanOrEqual(4000);
		expect(statSync(`build/${WORKER_FILE}`).isFile()).toBe(true);
	});

	it('is served under the site’s policy, which lets the pages register it and allows no inline script in it', () => {
		const rules = parseHeaders(readFileSync('build/_headers', 'utf8'));
		const csp = headersFor(rules, `/${WORKER_FILE}`, {})['content-security-policy'] ?? '';
		expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
		for (const slug of STORY_SLUGS) {
			const page = headersFor(rules, `/${slug}/`, {})['content-security-policy'] ?? '';
			// A worker falls back to script-src, whose 'self' allows the site's own worker and nothing else.
			const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(page)?.[1] ?? '';
			expect(scriptSrc.split(' ').filter((s) => !s.startsWith(`'sha256-`))).toEqual([`'self'`]);
			expect(page).not.toMatch(/worker-src|child-src/);
		}
	});

	it('is registered by the classroom’s pages only: not the reader’s, nor a page without a script of its own', () => {
		for (const slug of STORY_SLUGS) {
			expect(readFileSync(`build/${slug}/index.html`, 'utf8')).not.toContain('serviceWorker');
			expect(readFileSync(`build/present/${slug}/index.html`, 'utf8')).toContain(`/${WORKER_FILE}")`);
			expect(readFileSync(`build/present/${slug}/presenter/index.html`, 'utf8')).toContain(`/${WORKER_FILE}")`);
			expect(readFileSync(`build/${slug}/handout/index.html`, 'utf8')).not.toContain('serviceWorker');
		}
	});
});
