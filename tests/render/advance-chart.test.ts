import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { AdvanceEvent, Claim } from '../../src/lib/content/types.ts';
import AdvanceChart from '../../src/lib/visuals/advance/AdvanceChart.svelte';

const events: AdvanceEvent[] = [
	{ id: 'a', date: '2016-05-05', estimated: false, label: 'Saddada', place: 's', km: 190, claim: 'c1' },
	{
		id: 'b',
		date: '2016-05-17',
		estimated: true,
		label: 'Abu Grain retaken',
		place: 'ag',
		km: 140,
		claim: 'c2'
	},
	{
		id: 'c',
		date: '2016-06-08',
		estimated: true,
		label: 'Forces enter Sirte',
		place: 's',
		km: 0,
		claim: 'c1'
	},
	{ id: 'd', date: '2016-12-17', estimated: false, label: 'Victory declared', place: 's', km: 0, claim: 'c1' }
];
const claims: Claim[] = [
	{ id: 'c1', value: '190 km', claimant: 'AFP', source: 's', hedged: false },
	{ id: 'c2', value: '140 km', claimant: 'Reuters', source: 's', hedged: true }
];
const props = (until: string, focus?: string, width = 600) => ({
	events,
	claims,
	state: { until, focus },
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

describe('AdvanceChart', () => {
	it('is an image labelled by a title and a description generated from the state', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-17') });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-labelledby')).toBe('t-title t-desc');
		expect(container.querySelector('title')!.textContent).toBe(
			'Distance from the GNA front line to Sirte, May–December 2016'
		);
		expect(container.querySelector('desc')!.textContent).toBe(
			'2 positions up to 2016-05-17; the latest: Abu Grain retaken, 140 km from Sirte on 2016-05-17 (date estimated).'
		);
	});

	it('draws one point per revealed event, hollow where estimated and dashed where hedged', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-17') });
		expect(chartPoints(container).map(classes)).toEqual([['point'], ['estimated', 'hedged', 'point']]);
	});

	it('explains filled, hollow and dashed points in a legend', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-17') });
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

	it('labels every revealed point with its event and date, the focused and latest with the km', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-17', 'a') });
		expect(labels(container)).toEqual([
			['Saddada · 5 May · 190 km'],
			['Abu Grain retaken · about 17 May · 140 km']
		]);
		expect(container.querySelector('text.label.focused')!.textContent!.trim()).toBe(
			'Saddada · 5 May · 190 km'
		);
	});

	it('breaks every gridline and the time axis between mid-June and December', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-17') });
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

	it('draws December’s events after the break once the step reaches them, and says so', () => {
		const june = render(AdvanceChart, { props: props('2016-06-08', 'c') }).container;
		expect(chartPoints(june).length).toBe(3);
		expect(june.querySelector('desc')!.textContent).not.toContain('break');
		const december = render(AdvanceChart, { props: props('2016-12-17', 'd') }).container;
		expect(chartPoints(december).map((c) => c.getAttribute('cx'))).toEqual([
			'91.21',
			'202.84',
			'407.48',
			'539.48'
		]);
		expect(december.querySelector('path.front')!.getAttribute('d')).toMatch(/L407\.48,58L539\.48,58$/);
		expect(december.querySelector('desc')!.textContent).toContain(
			'The time axis breaks between 15 June and 1 December'
		);
	});

	it('sets its text at 12 px on a 320 px wide chart', () => {
		const { container } = render(AdvanceChart, { props: props('2016-12-17', 'd', 320) });
		expect(container.querySelector('svg')!.style.fontSize).toBe('12px');
		expect(labels(container).flat().join(' · ')).toContain('Victory declared · 17 Dec · 0 km');
	});

	it('says when nothing is shown yet', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-01') });
		expect(chartPoints(container).length).toBe(0);
		expect(container.querySelector('desc')!.textContent).toBe('No position shown yet, up to 2016-05-01.');
	});
});
