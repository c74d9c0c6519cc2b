// Installs what a fresh clone lacks before `npm start` or `npm test`: node modules, and (on Debian, as root) Chromium.
// Plain Node with no dependencies, since it runs before `npm ci`.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { findChrome, INSTALL_HINT } from './chrome.js';

/** @param {string} command */
const run = (command) => execSync(command, { stdio: 'inherit' });

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. */
export function ensureModules() {
	const marker = 'node_modules/.package-lock.json';
	if (existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs) return;
	console.log('Installing node modules (npm ci)...');
	run('npm ci --no-audit --no-fund');
}

/** Returns Chromium's path, installing Debian's package when possible, or exits with a one-line message. */
export function ensureChromium() {
	const found = findChrome();
	if (found) return found;
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	if (!process.env.CHROME_PATH && root && existsSync('/etc/debian_version')) {
		console.log('Installing Chromium (apt-get install -y chromium)...');
		run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
		const installed = findChrome();
		if (installed) return installed;
	}
	console.error(INSTALL_HINT);
	process.exit(1);
}
