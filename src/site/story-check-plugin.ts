import type { Plugin } from 'vite';
import { formatDiagnostics } from '../lib/content/diagnostics.ts';
import { loadAllStories } from './read-stories.ts';

/**
 * Fails `vite build` (and warns in `vite dev`) when any story under stories/ is invalid, listing every diagnostic
 * as `stories/<slug>/<file>:<line>:<col>` with a code frame. Stories are also re-checked when a file changes.
 */
export function storyCheck(root = process.cwd()): Plugin {
	return {
		name: 'story-check',
		buildStart() {
			const loaded = loadAllStories(root);
			const diagnostics = loaded.flatMap((l) => l.diagnostics);
			if (diagnostics.length === 0) return;
			const texts = Object.assign({}, ...loaded.map((l) => l.texts));
			this.error(`Invalid story:\n\n${formatDiagnostics(diagnostics, texts)}`);
		},
		configureServer(server) {
			server.watcher.add(`${root}/stories`);
		}
	};
}
