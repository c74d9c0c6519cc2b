// `npm run screenshots`: builds the site, then photographs steps of every story at phone and desktop sizes into
// docs/screenshots/<story>/ (committed, and shown in the README): for each story, the step its index picture shows,
// the first step of each kind of visual, and the last step. Then the classroom, at a projector's 1280×720, into
// docs/screenshots/classroom/: the audience screen, the presenter view with its audience screen paired, and the
// handout's first page as Chromium prints it on A4.
// Usage: npm run screenshots [-- <story>:<step-id> ... | classroom]
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

const args = process.argv.slice(2);
const classroom = !args.length || args.includes('classroom');
const shots = args.length ? args.filter((a) => a !== 'classroom') : defaultShots();
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
if (classroom) await shootClassroom(shots[0]?.split(':')[0] ?? 'road-to-sirte');
await browser.close();
await close();

/** The classroom pages of `slug`, at a projector's size, at the story's fourth step. */
async function shootClassroom(slug) {
	mkdirSync('docs/screenshots/classroom', { recursive: true });
	const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
	const presenter = await context.newPage();
	await presenter.goto(`${url}/present/${slug}/presenter/`, { waitUntil: 'networkidle' });
	const [audience] = await Promise.all([
		context.waitForEvent('page'),
		presenter.getByRole('button', { name: 'Open audience screen' }).click()
	]);
	await audience.waitForLoadState('networkidle');
	for (let i = 0; i < 3; i++) await presenter.keyboard.press('n');
	await presenter.waitForTimeout(1500);
	for (const [page, name] of [
		[audience, 'audience'],
		[presenter, 'presenter']
	]) {
		const path = `docs/screenshots/classroom/${name}-1280.png`;
		await page.screenshot({ path });
		console.log(path);
	}
	const handout = await context.newPage();
	await handout.setViewportSize({ width: 794, height: 1123 });
	await handout.emulateMedia({ media: 'print' });
	await handout.goto(`${url}/${slug}/handout/`, { waitUntil: 'networkidle' });
	const path = 'docs/screenshots/classroom/handout-a4.png';
	await handout.screenshot({ path });
	console.log(path);
	await context.close();
}
