// `npm test`: installs what is missing (node modules, Chromium), then runs every suite (unit, render, build output,
// browser) with Vitest and ends with one line summing them all: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureModules } from './ensure.js';

ensureModules();
process.env.CHROME_PATH = ensureChromium();

const report = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
const args = [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${report}`,
	...process.argv.slice(2)
];
const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });

let passed = 0;
let failed = 0;
if (existsSync(report)) {
	const json = JSON.parse(readFileSync(report, 'utf8'));
	passed = json.numPassedTests;
	failed =
		json.numFailedTests +
		json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
} else failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
