// `npm run screenshots`: builds the site, then photographs steps of each visual at phone and desktop sizes into
// docs/screenshots/ (committed, and shown in the README). Usage: npm run screenshots [-- step-id ...]
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_FLAGS } from './chrome.js';
import { ensureChromium } from './ensure.js';
import { serve } from './serve.js';

const STEPS = [
	'abu-grain-falls',
	'al-baghla',
	'two-counts',
	'oil-ports',
	'us-airstrikes',
	'what-the-numbers-tell'
];
const SIZES = [
	{ width: 390, height: 844 },
	{ width: 1280, height: 800 }
];

const steps = process.argv.slice(2).length ? process.argv.slice(2) : STEPS;
execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
mkdirSync('docs/screenshots', { recursive: true });
const { url, close } = await serve('build', 0);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROME_FLAGS });
for (const size of SIZES) {
	const page = await browser.newPage({ viewport: size });
	for (const id of steps) {
		await page.goto('about:blank');
		await page.goto(`${url}/road-to-sirte/#step-${id}`, { waitUntil: 'networkidle' });
		await page.waitForFunction(
			(want) => document.querySelector('[data-active-step]')?.getAttribute('data-active-step') === want,
			id
		);
		await page.waitForTimeout(700);
		const path = `docs/screenshots/${id}-${size.width}.png`;
		await page.screenshot({ path });
		console.log(path);
	}
	await page.close();
}
await browser.close();
await close();
