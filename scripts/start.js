// `npm start`: installs what is missing, builds the site, and serves it on http://127.0.0.1:4173.
import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { ensureModules } from './ensure.js';

ensureModules();
execSync('npx vite build', { stdio: 'inherit' });
const { serve } = await import('./serve.js');
const port = Number(process.env.PORT ?? 4173);
const { url } = await serve('build', port).catch((error) => {
	console.error(
		error.code === 'EADDRINUSE'
			? `Port ${port} is busy: stop the other server or run PORT=4174 npm start.`
			: String(error)
	);
	process.exit(1);
});
// Every story folder is a page (names starting with "." or "_" are drafts, as the build skips them).
const stories = readdirSync('stories').filter(
	(n) => !/^[._]/.test(n) && statSync(`stories/${n}`).isDirectory()
);
console.log(`\nAll stories: ${url}/`);
for (const slug of stories) console.log(`  ${url}/${slug}/`);
console.log('(Ctrl-C to stop)');
