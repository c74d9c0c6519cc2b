// `npm run handout`: builds the site, then prints each story's handout with Chromium, at A4 and at US Letter:
// build/<story>/handout.pdf and build/<story>/handout-letter.pdf. `--notes none|below|only` as the page's ?notes=.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS, findChrome, INSTALL_HINT } from './chrome.js';

/** The stories whose handout the build has. */
export const handoutStories = (dir = 'build') =>
	readdirSync(dir, { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'handout', 'index.html')))
		.map((e) => e.name)
		.sort();

export const FORMATS = [
	{ format: 'A4', file: 'handout.pdf' },
	{ format: 'Letter', file: 'handout-letter.pdf' }
];

/**
 * Prints `/<story>/handout/` from the site at `url` for each story, in each format, into `<out>/<story>/<file>`.
 * Returns what it wrote, with each file's page count.
 * @param {{ url: string, stories: string[], out: string, notes?: string }} options
 */
export async function printHandouts({ url, stories, out, notes = 'below' }) {
	const executablePath = findChrome();
	if (!executablePath) throw new Error(INSTALL_HINT);
	const browser = await chromium.launch({ executablePath, args: CHROME_FLAGS });
	const written = [];
	try {
		const page = await browser.newPage();
		for (const story of stories) {
			await page.goto(`${url}/${story}/handout/?notes=${encodeURIComponent(notes)}`, {
				waitUntil: 'networkidle'
			});
			await page.emulateMedia({ media: 'print' });
			for (const { format, file } of FORMATS) {
				const path = join(out, story, file);
				const pdf = await page.pdf({
					path,
					format,
					printBackground: true,
					margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' }
				});
				// Chromium writes one /Type /Page object per page (and one /Type /Pages for the tree).
				const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
				written.push({ story, format, path, pages });
			}
		}
	} finally {
		await browser.close();
	}
	return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const notes = process.argv.includes('--notes')
		? process.argv[process.argv.indexOf('--notes') + 1]
		: 'below';
	const { ensureModules } = await import('./ensure.js');
	ensureModules();
	execSync('npx vite build', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
	const { serve } = await import('./serve.js');
	const server = await serve('build', 0);
	try {
		const written = await printHandouts({ url: server.url, stories: handoutStories(), out: 'build', notes });
		for (const { path, format, pages } of written) console.log(`${path}  ${format}, ${pages} pages`);
	} catch (error) {
		console.error(String(error instanceof Error ? error.message : error));
		process.exitCode = 1;
	} finally {
		await server.close();
	}
}
