import type { Plugin } from 'vite';
import { formatDiagnostics } from '../lib/content/diagnostics.ts';
import { loadAllStories } from './read-stories.ts';

/**
 * Fails `vite build` when any story under stories/ is invalid, listing every diagnostic as
 * `stories/<slug>/<file>:<line>:<col>` with a code frame. Only at build: in `vite dev` the catalog shows the same
 * diagnostics on the error page, and test runs must not all fail to start because one story file is broken.
 */
export function storyCheck(root = process.cwd()): Plugin {
	return {
		name: 'story-check',
		apply: 'build',
		buildStart() {
			const loaded = loadAllStories(root);
			const diagnostics = loaded.flatMap((l) => l.diagnostics);
			if (diagnostics.length === 0) return;
			const texts = Object.assign({}, ...loaded.map((l) => l.texts));
			this.error(`Invalid story:\n\n${formatDiagnostics(diagnostics, texts)}`);
		}
	};
}
