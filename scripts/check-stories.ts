/** `npm run check:stories`: validates every story under stories/ without building; same messages as the build. */
import { formatDiagnostics } from '../src/lib/content/diagnostics.ts';
import { loadAllStories } from '../src/site/read-stories.ts';

const loaded = loadAllStories(process.cwd());
const diagnostics = loaded.flatMap((l) => l.diagnostics);
if (diagnostics.length) {
	console.error(formatDiagnostics(diagnostics, Object.assign({}, ...loaded.map((l) => l.texts))));
	process.exit(1);
}
for (const { story } of loaded) {
	const steps = story!.chapters.reduce((n, c) => n + c.steps.length, 0);
	console.log(
		`stories/${story!.slug}: ${story!.chapters.length} chapters, ${steps} steps, ${story!.claims.length} claims, ${story!.sources.length} sources: ok`
	);
}
