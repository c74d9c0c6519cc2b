// Finds a Chromium or Chrome executable: CHROME_PATH, then Debian's /usr/bin/chromium, then the usual places.
import { existsSync } from 'node:fs';

export const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium'
];

export const INSTALL_HINT =
	'No Chromium found: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome/Chromium executable.';

/** The browser's path, or undefined when none is installed. */
export function findChrome(env = process.env) {
	if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
	return CANDIDATES.find((path) => existsSync(path));
}

/** Flags for headless Chromium on a machine with no network but loopback. */
export const CHROME_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
