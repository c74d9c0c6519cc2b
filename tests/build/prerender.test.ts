import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { STORIES } from '../stories.ts';

const html = (path: string) => readFileSync(`build/${path}`, 'utf8');

describe.each(STORIES)('prerendered story page of $slug', (story) => {
	const page = html(`${story.slug}/index.html`);

	it('is in the story’s language, on every page of the story', () => {
		const { slug } = story;
		for (const path of [`${slug}/`, `${slug}/sources/`, `${slug}/handout/`, `present/${slug}/`, `present/${slug}/presenter/`])
			expect(html(`${path}index.html`), path).toMatch(
				new RegExp(`^<!doctype html>\\s*<html lang="${story.lang}" dir="ltr">`)
			);
		expect(html('index.html')).toMatch(/<html lang="en" dir="ltr">/);
	});

	it('carries exactly one data-active-step, empty before the first step', () => {
		expect(page.match(/data-active-step=/g)).toHaveLength(1);
		expect(page).toContain('data-active-step=""');
	});

	it('holds every step of every chapter, in order, each with its deep-link id', () => {
		const ids = story.chapters.flatMap((c) => c.steps.map((s) => s.id));
		const positions = ids.map((id) => page.indexOf(`id="step-${id}"`));
		expect(positions.every((p) => p > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('holds every chapter title and the claims the text links to', () => {
		for (const chapter of story.chapters) expect(page).toContain(chapter.title);
		for (const claim of story.claims) expect(page).toContain(`id="claim-${claim.id}"`);
	});

	// Hydration walks what it hydrates, element by element: static content stays outside the view it hydrates.
	it('puts the claim list after the story view, outside what hydrates', () => {
		const doc = new JSDOM(page).window.document;
		const view = doc.getElementById('story-view');
		expect(view?.querySelector('.step')).not.toBeNull();
		expect(view?.querySelector('[id^="claim-"]')).toBeNull();
		expect(doc.querySelectorAll('article.story > #story-view + section.claims [id^="claim-"]')).toHaveLength(
			story.claims.length
		);
	});

	it('shows the first step’s visual with its text alternative before any script runs', () => {
		const first = story.chapters[0]!.steps[0]!;
		const escaped = first.alt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
		expect(page).toMatch(new RegExp(`<figcaption id="story-visual-alt"[^>]*><span class="caption[^"]*">${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</span></figcaption>`));
	});
});

describe('prerendered index page', () => {
	const index = html('index.html');
	const doc = new JSDOM(index).window.document;

	it.each(STORIES)('lists $slug with its title, dek, chapters and a picture of its cover step', (story) => {
		const item = doc.querySelector(`a[href$="/${story.slug}/"]`)?.closest('li');
		expect(item, story.slug).toBeTruthy();
		expect(item!.textContent).toContain(story.title);
		expect(item!.textContent).toContain(story.dek);
		for (const chapter of story.chapters) expect(item!.textContent).toContain(chapter.title);
		expect(item!.querySelectorAll('svg[role="img"]')).toHaveLength(1);
	});
});

describe.each(STORIES)('prerendered sources page of $slug', (story) => {
	const page = html(`${story.slug}/sources/index.html`);
	const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
	const text = decode(page);

	it('lists every source with its outlet, and marks estimated dates as estimates', () => {
		for (const source of story.sources) {
			expect(text).toContain(source.title);
			expect(page).toContain(`id="source-${source.id}"`);
		}
		const estimated = story.sources.filter((s) => s.estimated).length;
		expect(page.match(/\(date estimated\)/g)?.length).toBe(estimated);
	});

	it('lists every claim with its claimant, and links it to each step that relies on it', () => {
		for (const claim of story.claims) {
			expect(page).toContain(`id="claim-${claim.id}"`);
			expect(text).toContain(claim.claimant);
		}
		for (const step of story.chapters.flatMap((c) => c.steps))
			if (step.claims.length) expect(page).toContain(`href="../#step-${step.id}"`);
	});

	it('explains every disagreement between sources, linking the claims concerned', () => {
		for (const item of story.inconsistencies) {
			expect(text).toContain(item.topic);
			for (const id of item.claims) expect(page).toMatch(new RegExp(`<dd[^>]*>[^]*href="#claim-${id}"`));
		}
		expect(story.inconsistencies.length).toBeGreaterThan(0);
	});

	it('lists the spellings of every name that varies across sources', () => {
		for (const entity of story.entities) for (const variant of entity.variants) expect(text).toContain(variant);
	});
});
