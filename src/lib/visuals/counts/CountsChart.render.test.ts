import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CountsChart from './CountsChart.svelte';
import { input } from './fixture.ts';
import { counts } from './index.ts';

// A new state object per render: layouts are remembered by state (prepared.ts).
const props = (groups: string[], focus?: string) => ({
	input,
	state: { groups, focus },
	width: 320,
	height: 400,
	uid: 't'
});
const own = (el: Element) =>
	(el.getAttribute('class') ?? '')
		.split(' ')
		.filter((n) => n && !n.startsWith('svelte-'))
		.sort();
const colour = (el: Element, property = '--c') => (el as SVGElement).style.getPropertyValue(property);

// The unit project's `src/**/*.test.ts` matches this file too, in node, where nothing can mount: it runs in `render`.
describe('CountsChart', () => {
	it('is the counts kind’s component', () => {
		expect(counts.component).toBe(CountsChart);
		expect(counts.key).toBe('counts');
	});

	it('is an image labelled by a title and a description generated from the data', () => {
		const { container } = render(CountsChart, { props: props(['north-bank'], 'hosp') });
		const svg = container.querySelector('svg')!;
		expect([svg.getAttribute('role'), own(svg)]).toEqual(['img', ['counts']]);
		expect(svg.getAttribute('aria-labelledby')).toBe('t-title t-desc');
		expect(container.querySelector('#t-title')!.textContent).toBe(
			'Flood counts by who reports them: North Bank'
		);
		expect(container.querySelector('#t-desc')!.textContent).toBe(
			'North Bank (Red Company): Ana Lima, the town hospital (highlighted): 7 killed, 19 wounded; Katarina Novak via Daily Wire: 3 killed, 10 wounded.'
		);
	});

	it('draws one bar per figure in its side’s colour, each with its own value label, under its claimant', () => {
		const { container } = render(CountsChart, { props: props(['north-bank']) });
		const bars = [...container.querySelectorAll('rect.bar')];
		expect(bars).toHaveLength(4);
		expect(bars.every((b) => b.namespaceURI === 'http://www.w3.org/2000/svg')).toBe(true);
		expect(bars.map((b) => [own(b), colour(b)])).toEqual(Array(4).fill([['bar'], '#1f5f99']));
		expect([...container.querySelectorAll('text.value')].map((t) => t.textContent)).toEqual([
			'7 killed',
			'19 wounded',
			'3 killed',
			'10 wounded'
		]);
		expect([...container.querySelectorAll('text.claimant')].map((t) => t.textContent)).toEqual([
			'Ana Lima, the town hospital',
			'Katarina Novak via Daily Wire'
		]);
		expect(container.querySelector('text.heading')!.textContent).toBe('North Bank: Red Company');
	});

	it('gives the legend one swatch per side shown, in its colour, and one per other mark in use', () => {
		const { container } = render(CountsChart, { props: props(['levees', 'dam']) });
		const items = [...container.querySelectorAll('.legend .item')];
		expect(items.map((i) => [i.textContent, colour(i, '--swatch')])).toEqual([
			['Red Company', '#1f5f99'],
			['Blue Company', '#9c2a00'],
			['Residents', '#5b5b5b'],
			['Rescue teams', '#2e6b30'],
			['hedged by its source', ''],
			['range, low to high', '']
		]);
	});

	it('marks hedged claims in style and in words', () => {
		const { container } = render(CountsChart, { props: props(['dam']) });
		const row = container.querySelector('g.row[data-claim="gazette"]')!;
		expect(own(row)).toEqual(['hedged', 'row']);
		expect(row.querySelector('text.value')!.textContent).toBe('100 killed (claimed)');
	});

	it('highlights the focused claim with a focus rule and dims the others', () => {
		const { container } = render(CountsChart, { props: props(['north-bank'], 'ops') });
		const rows = [...container.querySelectorAll('g.row')];
		expect(rows.map(own)).toEqual([
			['dimmed', 'row'],
			['focused', 'row']
		]);
		expect(container.querySelectorAll('rect.focus-rule')).toHaveLength(1);
		expect(rows[1]!.querySelector('rect.focus-rule')).not.toBeNull();
	});

	it('draws a range as a solid bar and a hatched extension in its side’s colour, labelled low–high', () => {
		const { container } = render(CountsChart, { props: props(['season']) });
		const row = container.querySelector('g.row[data-claim="bc"]')!;
		const bar = row.querySelector('rect.bar')!;
		const range = row.querySelector('rect.range')!;
		expect([range.getAttribute('fill'), colour(range)]).toEqual(['url(#t-hatch-blue)', '#9c2a00']);
		const patterns = [...container.querySelectorAll('pattern.hatch')];
		expect(patterns.map((p) => [p.id, colour(p)])).toEqual([
			['t-hatch-blue', '#9c2a00'],
			['t-hatch-residents', '#5b5b5b']
		]);
		expect(row.querySelector('text.value')!.textContent).toBe('BC: about 2,000–2,500 killed');
		expect(Number(range.getAttribute('x'))).toBe(
			Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))
		);
	});

	it('moves a group’s heading and claimants when a step adds a group, rather than drawing them again', async () => {
		const { container, rerender } = render(CountsChart, { props: props(['north-bank']) });
		const texts = () => [...container.querySelectorAll('g.block[data-group="north-bank"] text')];
		const before = texts();
		const ys = before.map((t) => t.getAttribute('y'));
		await rerender(props(['north-bank', 'dam']));
		const after = texts();
		expect(after).toHaveLength(before.length);
		expect(after.every((t, i) => t === before[i])).toBe(true);
		// The scale note now comes first, so every line of the block moved down.
		expect(after.every((t, i) => Number(t.getAttribute('y')) > Number(ys[i]))).toBe(true);
	});

	it('notes the separate scales and grows taller than its box when the rows need it', () => {
		const { container } = render(CountsChart, {
			props: { ...props(['north-bank', 'dam', 'season']), height: 200 }
		});
		expect(container.querySelector('text.note')!.textContent).toBe('Each group is drawn to its own scale.');
		const svg = container.querySelector('svg')!;
		expect(Number(svg.getAttribute('height'))).toBeGreaterThan(200);
		expect(svg.getAttribute('viewBox')).toBe(`0 0 320 ${svg.getAttribute('height')}`);
		expect(svg.style.fontSize).toBe('12px');
	});
});
