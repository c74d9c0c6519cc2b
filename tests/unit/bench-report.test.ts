import { describe, expect, it } from 'vitest';
import { markdownTable } from '../../scripts/bench/report.js';
import { unhydrated } from '../../scripts/bench/site.js';
import { summarize } from '../../scripts/bench/stats.js';

describe('the story page never hydrated', () => {
	const page = [
		'<!doctype html><html><head><script>document.documentElement.classList.add("js")</script>',
		'<style>p{margin:0}</style></head><body><main><p>Text</p></main>',
		'<script type="application/json" id="story-view-props">{"a":"\\u003c/script>"}</script>',
		'<script>import("/_app/entry.js")</script></body></html>'
	].join('');

	it('keeps the head’s script, which picks the layout, and drops the body’s: the props and the loader', () => {
		expect(unhydrated(page)).toBe(
			'<!doctype html><html><head><script>document.documentElement.classList.add("js")</script>' +
				'<style>p{margin:0}</style></head><body><main><p>Text</p></main></body></html>'
		);
	});

	it('refuses a page with no body rather than measure the wrong thing', () => {
		expect(() => unhydrated('<p>no body</p>')).toThrow(/no <body>/);
	});
});

describe('the bench table', () => {
	const run = (tbt: number, latency: number) => ({
		'390x844': { scroll1x: { latency: { p95: latency } } },
		lighthouse: { mobile: { tbt } }
	});
	const table = markdownTable(
		{
			story: summarize([run(200, 4), run(300, 6)]),
			floor: summarize([run(0, 2), run(0, 2)]),
			unhydrated: summarize([{ lighthouse: { mobile: { tbt: 120 } } }])
		},
		['390x844']
	);
	const row = (label: string) => table.split('\n').find((line) => line.startsWith(`| ${label} `));

	it('gives Lighthouse’s figures for the page never hydrated beside the story’s and the floor’s', () => {
		expect(table.split('\n')[0]).toBe('| figure | story | floor | story/floor | story never hydrated |');
		expect(row('TBT, ms')).toBe('| TBT, ms | 250 (200–300) | 0 | ∞ | 120 |');
	});

	it('leaves that column empty for what only the story’s engine does', () => {
		expect(row('step latency p95, ms')).toBe('| step latency p95, ms | 5.0 (4.0–6.0) | 2.0 | 2.5× |  |');
	});
});
