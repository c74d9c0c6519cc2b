import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimateEmbedHeight } from './embed-height.ts';

/** Where `npm run measure:embeds` writes a story's measured embed heights (scripts/embed-heights.js). */
export const heightsPath = (root: string, slug: string) => join(root, 'stories', slug, 'embed-heights.json');

/**
 * The height to reserve for a chapter's embed: the one measured in Chromium at 375 px, or, for a chapter not measured
 * yet (a new story), the estimate from its text. A file that is there but not exactly heights says so, by path.
 */
export function embedHeight(
	root: string,
	slug: string,
	chapter: { id: string; steps: readonly { html: string }[] }
): number {
	const path = heightsPath(root, slug);
	if (!existsSync(path)) return estimateEmbedHeight(chapter.steps);
	let heights: unknown;
	try {
		heights = (JSON.parse(readFileSync(path, 'utf8')) as { heights?: unknown }).heights;
	} catch (error) {
		throw new Error(`${path}: not JSON (${(error as Error).message}); run npm run measure:embeds`);
	}
	const height = (heights as Record<string, unknown> | undefined)?.[chapter.id];
	if (height === undefined) return estimateEmbedHeight(chapter.steps);
	if (!Number.isInteger(height) || (height as number) < 1 || (height as number) > 50_000)
		throw new Error(
			`${path}: heights.${chapter.id} is ${JSON.stringify(height)}, not a whole number of px in 1–50000`
		);
	return height as number;
}
