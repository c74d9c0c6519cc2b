// Lighthouse 12 lab runs: a fresh headless Chromium per run (own profile, remote debugging port), mobile or desktop
// presets (formFactor, screenEmulation, throttling, user agent), four categories and four lab metrics.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { screenEmulationMetrics, userAgents } from 'lighthouse/core/config/constants.js';
import { CHROME_FLAGS } from '../chrome.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** @type {Record<string, string>} */
const METRICS = {
	fcp: 'first-contentful-paint',
	lcp: 'largest-contentful-paint',
	cls: 'cumulative-layout-shift',
	tbt: 'total-blocking-time'
};

/** @param {number} ms */
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts Chromium with a DevTools port (chosen by Chromium, read back from DevToolsActivePort), as chrome-launcher would.
 * @param {string} executablePath
 */
async function launchDebuggable(executablePath) {
	const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
	const args = [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
	const child = spawn(executablePath, args, { stdio: 'ignore' });
	const exited = new Promise((done) => child.once('exit', done));
	const portFile = join(profile, 'DevToolsActivePort');
	let port = 0;
	for (let waited = 0; !port && waited < 15_000; waited += 50) {
		await sleep(50);
		if (existsSync(portFile)) port = Number(readFileSync(portFile, 'utf8').split('\n')[0]);
	}
	const close = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
		// Chromium's helper processes can still be writing to the profile after the browser exits: retry, and never
		// let a leftover temporary folder end a benchmark that has run for twenty minutes.
		try {
			rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
		} catch (error) {
			console.warn(`Could not remove ${profile}: ${/** @type {Error} */ (error).message}`);
		}
	};
	if (!port) {
		await close();
		throw new Error(`Chromium gave no DevTools port within 15 s (${executablePath})`);
	}
	return { port, close };
}

/** @typedef {'mobile' | 'desktop'} FormFactor */

/**
 * One Lighthouse run of `url`: scores 0–100 and FCP, LCP, TBT in ms, CLS unitless (NaN when Lighthouse could not tell).
 * @param {string} executablePath
 * @param {string} url
 * @param {FormFactor} formFactor
 * @returns {Promise<Record<string, number>>}
 */
export async function runLighthouse(executablePath, url, formFactor) {
	const chrome = await launchDebuggable(executablePath);
	try {
		/** @type {import('lighthouse').Flags} */
		const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
		const mobile = {
			formFactor: /** @type {const} */ ('mobile'),
			screenEmulation: screenEmulationMetrics.mobile,
			emulatedUserAgent: userAgents.mobile
		};
		const result = await lighthouse(
			url,
			formFactor === 'mobile' ? { ...flags, ...mobile } : flags,
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) console.warn(`Lighthouse ${formFactor} ${url}: ${lhr.runtimeError.message}`);
		/** @type {Record<string, number>} */
		const figures = {};
		for (const id of CATEGORIES) {
			const score = lhr.categories[id]?.score;
			figures[id.replace('best-practices', 'bestPractices')] = typeof score === 'number' ? score * 100 : NaN;
		}
		for (const [key, id] of Object.entries(METRICS)) figures[key] = lhr.audits[id]?.numericValue ?? NaN;
		return figures;
	} finally {
		await chrome.close();
	}
}
