// `npm run screenshots`: builds the site, then photographs steps of every story at phone and desktop sizes into
// docs/screenshots/<story>/ (committed, and shown in the README): for each story, the step its index picture shows,
// the first step of each kind of visual, and the last step.
// Usage: npm run screenshots [-- <story>:<step-id> ...]
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from './chrome.js';
import { ensureChromium } from './ensure.js';
import { serve } from './serve.js';

const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];

/** Every story's default shots, read from the built site's stories as the build reads them. */
function defaultShots() {
	const script = `
		import { loadAllStories } from './src/site/read-stories.ts';
		const shots = loadAllStories(process.cwd()).flatMap(({ story }) => {
			const steps = story.chapters.flatMap((c) => c.steps);
			const firsts = [...new Map(steps.map((s) => [s.visual.key, s.id]).reverse()).values()].reverse();
			const ids = [...new Set([story.cover, ...firsts, steps.at(-1).id])];
			return ids.map((id) => story.slug + ':' + id);
		});
		console.log(JSON.stringify(shots));`;
	return JSON.parse(execSync(`npx tsx --eval "${script.replace(/"/g, '\\"')}"`, { encoding: 'utf8' }));
}

const shots = process.argv.slice(2).length ? process.argv.slice(2) : defaultShots();
execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
const { url, close } = await serve('build', 0);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROME_FLAGS });
for (const size of SIZES) {
	const page = await browser.newPage({ viewport: size });
	for (const shot of shots) {
		const [slug, id] = shot.split(':');
		mkdirSync(`docs/screenshots/${slug}`, { recursive: true });
		await page.goto('about:blank');
		await page.goto(`${url}/${slug}/#step-${id}`, { waitUntil: 'networkidle' });
		await page.waitForFunction(
			(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
			id
		);
		await page.waitForTimeout(700);
		const path = `docs/screenshots/${slug}/${id}-${size.width}.png`;
		await page.screenshot({ path });
		console.log(path);
	}
	await page.close();
}
await browser.close();
await close();
