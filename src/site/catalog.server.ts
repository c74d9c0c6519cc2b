import { StoryError } from '$lib/content/diagnostics';
import { loadStory } from '$lib/load-story.ts';
import type { Story, StorySummary } from '$lib/content/types';

/**
 * The story catalog: every folder under stories/, read at build time through Vite (so edits reload in dev), parsed and
 * validated. An invalid story throws a StoryError listing every problem; the build's story-check plugin reports the
 * same diagnostics earlier.
 */
const files = import.meta.glob('/stories/**/*', { query: '?raw', import: 'default', eager: true }) as Record<
	string,
	string
>;

function all(): Story[] {
	const bySlug = new Map<string, Record<string, string>>();
	for (const [path, text] of Object.entries(files)) {
		const rel = path.slice(1);
		const slug = rel.split('/')[1]!;
		if (/^[._]/.test(slug)) continue;
		bySlug.set(slug, { ...bySlug.get(slug), [rel]: text });
	}
	return [...bySlug.keys()].sort().map((slug) => {
		const loaded = loadStory(slug, bySlug.get(slug)!);
		if (!loaded.story) throw new StoryError(loaded.diagnostics, loaded.texts);
		return loaded.story;
	});
}

let cache: Story[] | undefined;
const stories = () => (cache ??= all());

export function storySlugs(): string[] {
	return stories().map((s) => s.slug);
}

export function getStory(slug: string): Story | undefined {
	return stories().find((s) => s.slug === slug);
}

export function summaries(): StorySummary[] {
	return stories().map((s) => ({
		slug: s.slug,
		title: s.title,
		dek: s.dek,
		chapters: s.chapters.map((c) => ({ id: c.id, title: c.title, steps: c.steps.length })),
		cover: s.cover
	}));
}
