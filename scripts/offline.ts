// `npm run offline`: builds the site, then writes one self-contained HTML file per story and page into
// build/offline/ (src/site/offline/story-pages.ts lists them: <story>.html, <story>-present.html,
// <story>-handout.html). Each works opened from a USB stick (file://), with no server and no network. Links to the
// site's other pages point at SITE_ORIGIN. `--no-build` uses the site already in build/.
import { execSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { OFFLINE_DIR, writeOfflineFiles } from '../src/site/offline/offline-files.ts';
import { storySlugs } from '../src/site/read-stories.ts';
import { siteOrigin } from '../src/site/site-origin.server.ts';
import svelteConfig from '../svelte.config.js';
import { ensureModules } from './ensure.js';

const root = process.cwd();
try {
	const origin = siteOrigin();
	if (!process.argv.includes('--no-build')) {
		ensureModules();
		execSync('npx vite build', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
	}
	const written = await writeOfflineFiles({
		buildDir: join(root, 'build'),
		outDir: join(root, 'build', OFFLINE_DIR),
		root,
		stories: storySlugs(root),
		origin,
		aliases: { $lib: 'src/lib', ...svelteConfig.kit?.alias }
	});
	for (const { path, bytes } of written)
		console.log(`${relative(root, path)}  ${(bytes / 1e6).toFixed(2)} MB`);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
}
