import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { river, storm } from './fixture.ts';
import { progress } from './index.ts';
import type { ProgressInput } from './input.ts';
import ProgressChart from './ProgressChart.svelte';

// A new state object per render: layouts are remembered by state (prepared.ts).
const props = (until: string, focus?: string, width = 600, input: ProgressInput = river) => ({
	input,
	state: { until, ...(focus ? { focus } : {}) },
	width,
	height: 400,
	uid: 't'
});
/** The classes of an element, without Svelte's scoping class. */
const classes = (el: Element) =>
	(el.getAttribute('class') ?? '')
		.split(' ')
		.filter((n) => n && !n.startsWith('svelte-'))
		.sort();
const chartPoints = (container: HTMLElement) =>
	[...container.querySelectorAll('circle.point')].filter((c) => !c.closest('.legend'));
const labels = (container: HTMLElement) =>
	[...container.querySelectorAll('text.label')].map((t) =>
		[...t.querySelectorAll('tspan')].map((s) => s.textContent)
	);

describe('ProgressChart', () => {
	it('is the progress kind’s component', () => {
		expect(progress.component).toBe(ProgressChart);
		expect(progress.key).toBe('progress');
	});

	it('is an image labelled by the story’s title and a description generated from the state', () => {
		const { container } = render(ProgressChart, { props: props('2022-05-17') });
		const svg = container.querySelector('svg')!;
		expect([svg.getAttribute('role'), classes(svg)]).toEqual(['img', ['progress']]);
		expect(svg.getAttribute('aria-labelledby')).toBe('t-title t-desc');
		expect(container.querySelector('#t-title')!.textContent).toBe(
			'Distance from the boats to the delta, May–December 2022'
		);
		expect(container.querySelector('#t-desc')!.textContent).toBe(
			'2 positions up to 2022-05-17; the latest: Elk Bluff, 100 mi from Delta on 2022-05-17 (date estimated).'
		);
	});

	it('draws the line and its points in the actor’s colour, set once on the drawing', () => {
		const { container } = render(ProgressChart, { props: props('2022-05-17') });
		expect(container.querySelector('svg')!.style.getPropertyValue('--c')).toBe('#1f5f99');
		const other = render(ProgressChart, { props: props('2030-08-25', undefined, 600, storm) }).container;
		expect(other.querySelector('svg')!.style.getPropertyValue('--c')).toBe('#7a3b00');
	});

	it('draws one point per revealed point, hollow where estimated and dashed where hedged', () => {
		const { container } = render(ProgressChart, { props: props('2022-05-25') });
		expect(chartPoints(container).map(classes)).toEqual([
			['point'],
			['estimated', 'point'],
			['hedged', 'point']
		]);
	});

	it('explains filled, hollow and dashed points in a legend', () => {
		const { container } = render(ProgressChart, { props: props('2022-05-17') });
		const legend = container.querySelector('g.legend')!;
		expect([...legend.querySelectorAll('text')].map((t) => t.textContent)).toEqual([
			'reported',
			'date estimated',
			'hedged claim'
		]);
		expect([...legend.querySelectorAll('circle')].map(classes)).toEqual([
			['point'],
			['estimated', 'point'],
			['hedged', 'point']
		]);
	});

	it('labels every revealed point with its label and date, the focused and latest with the value', () => {
		const { container } = render(ProgressChart, { props: props('2022-05-17', 'a') });
		// Pinegap, at the plot's foot, has no room for one line: two.
		expect(labels(container)).toEqual([['Pinegap', '5 May · 200 mi'], ['Elk Bluff · about 17 May · 100 mi']]);
		const focused = container.querySelector('text.label.focused')!;
		expect([...focused.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual([
			'Pinegap',
			'5 May · 200 mi'
		]);
	});

	it('labels the value axis with the target at 0 and the unit elsewhere', () => {
		const { container } = render(ProgressChart, { props: props('2022-05-17') });
		expect([...container.querySelectorAll('.axis.y text')].map((t) => t.textContent)).toEqual([
			'Delta',
			'50 mi',
			'100 mi',
			'150 mi',
			'200 mi'
		]);
	});

	it('breaks every gridline and the time axis where the story breaks it', () => {
		const { container } = render(ProgressChart, { props: props('2022-05-17') });
		const ticks = container.querySelectorAll('.axis.y text').length;
		expect(container.querySelectorAll('.axis.y line').length).toBe(2 * ticks);
		expect(container.querySelector('path.break')!.getAttribute('d')).toBe(
			'M469.6,370L475.6,358M485.6,370L491.6,358'
		);
		expect([...container.querySelectorAll('.axis.x text')].slice(-2).map((t) => t.textContent)).toEqual([
			'…',
			'Dec'
		]);
	});

	it('draws the points after the break once the step reaches them, and says so', () => {
		const june = render(ProgressChart, { props: props('2022-06-08', 'c') }).container;
		expect(chartPoints(june).length).toBe(3);
		expect(june.querySelector('desc')!.textContent).not.toContain('break');
		const december = render(ProgressChart, { props: props('2022-12-17', 'e') }).container;
		expect(chartPoints(december).map((c) => c.getAttribute('cx'))).toEqual([
			'91.21',
			'202.84',
			'277.25',
			'501.32',
			'539.48'
		]);
		expect(december.querySelector('path.front')!.getAttribute('d')).toMatch(/L501\.32,58L539\.48,58$/);
		expect(december.querySelector('desc')!.textContent).toContain(
			'The time axis breaks between 15 June and 1 December'
		);
	});

	it('draws an axis without a break as one stretch, with no break marks', () => {
		const { container } = render(ProgressChart, { props: props('2030-08-29 12:00', 'landfall', 600, storm) });
		expect(container.querySelector('path.break')).toBeNull();
		const ticks = container.querySelectorAll('.axis.y text').length;
		expect(container.querySelectorAll('.axis.y line').length).toBe(ticks);
		expect([...container.querySelectorAll('.axis.x text')].map((t) => t.textContent)).toEqual([
			'23 Aug',
			'24 Aug',
			'25 Aug',
			'26 Aug',
			'27 Aug',
			'28 Aug',
			'29 Aug',
			'30 Aug'
		]);
		expect(labels(container).flat().join(' · ')).toContain('Landfall · about 29 Aug 06:10 · 40 mi');
	});

	it('sets its text at 12 px on a 320 px wide chart', () => {
		const { container } = render(ProgressChart, { props: props('2022-12-17', 'e', 320) });
		expect(container.querySelector('svg')!.style.fontSize).toBe('12px');
		expect(labels(container).flat().join(' · ')).toContain('Finished · 17 Dec · 0 mi');
	});

	it('says when nothing is shown yet', () => {
		const { container } = render(ProgressChart, { props: props('2022-05-01') });
		expect(chartPoints(container).length).toBe(0);
		expect(container.querySelector('desc')!.textContent).toBe('No position shown yet, up to 2022-05-01.');
	});
});
