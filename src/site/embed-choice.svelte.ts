/**
 * What the builder at /embed/ has chosen: a chapter of a story, a range of its steps, a theme and a mode, and the
 * snippet options that follow from them. The only owner of the choice: the form's controls ask it to change.
 */
import type { SnippetOptions } from './embed-snippets.ts';
import { embedUrl, type EmbedMode, type EmbedTheme } from './embed-url.ts';

/** What the builder knows of a chapter (src/routes/embed/+page.server.ts). */
export interface BuilderChapter {
	id: string;
	/** The chapter's own title. */
	name: string;
	/** The frame's title: "Chapter title — Story title". */
	title: string;
	/** The height to reserve for it (src/site/embed-height.server.ts). */
	height: number;
	/** Its step ids, in reading order. */
	steps: string[];
}

export interface BuilderStory {
	slug: string;
	title: string;
	chapters: BuilderChapter[];
}

export class EmbedChoice {
	story = $state('');
	chapter = $state('');
	/** The first and last step shown, as indexes into the chapter's steps. */
	from = $state(0);
	to = $state(0);
	theme: EmbedTheme = $state('auto');
	mode: EmbedMode = $state('stepper');

	readonly #stories: BuilderStory[];

	constructor(stories: BuilderStory[]) {
		this.#stories = stories;
		this.setStory(stories[0]?.slug ?? '');
	}

	get stories() {
		return this.#stories;
	}
	get currentStory(): BuilderStory | undefined {
		return this.#stories.find((s) => s.slug === this.story);
	}
	get currentChapter(): BuilderChapter | undefined {
		return this.currentStory?.chapters.find((c) => c.id === this.chapter);
	}

	/** A story of the catalog, at its first chapter; an unknown slug changes nothing. */
	setStory(slug: string) {
		const story = this.#stories.find((s) => s.slug === slug);
		if (!story) return;
		this.story = slug;
		this.setChapter(story.chapters[0]?.id ?? '');
	}

	/** A chapter of the current story, all its steps; an unknown id changes nothing. */
	setChapter(id: string) {
		const chapter = this.currentStory?.chapters.find((c) => c.id === id);
		if (!chapter) return;
		this.chapter = id;
		this.from = 0;
		this.to = Math.max(0, chapter.steps.length - 1);
	}

	/** The range stays in order: moving one end past the other moves both. */
	setFrom(index: number) {
		this.from = this.#clamp(index);
		if (this.to < this.from) this.to = this.from;
	}
	setTo(index: number) {
		this.to = this.#clamp(index);
		if (this.from > this.to) this.from = this.to;
	}

	#clamp(index: number) {
		const last = (this.currentChapter?.steps.length ?? 1) - 1;
		return Math.min(last, Math.max(0, Math.trunc(index) || 0));
	}

	/** The snippets' options: `from` and `to` only when they are not the chapter's first and last step. */
	options(origin: string, loaderIntegrity: string | undefined): SnippetOptions {
		const steps = this.currentChapter?.steps ?? [];
		return {
			origin,
			story: this.story,
			chapter: this.chapter,
			title: this.currentChapter?.title ?? '',
			from: this.from > 0 ? steps[this.from] : undefined,
			to: this.to < steps.length - 1 ? steps[this.to] : undefined,
			theme: this.theme,
			mode: this.mode,
			height: this.currentChapter?.height ?? 0,
			loaderIntegrity
		};
	}

	/** The embed page on this site, for the previews. */
	get previewUrl() {
		return embedUrl({ ...this.options('', undefined) });
	}
}
