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
	}
];
const claims: Claim[] = [
	{ id: 'c1', value: '190 km', claimant: 'AFP', source: 's', hedged: false },
	{ id: 'c2', value: '140 km', claimant: 'Reuters', source: 's', hedged: true }
];
const props = (until: string, focus?: string) => ({
	events,
	claims,
	state: { until, focus },
	width: 600,
	height: 400,
	uid: 't'
});

describe('AdvanceChart', () => {
	it('is an image labelled by a title and a description generated from the state', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-17') });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-labelledby')).toBe('t-title t-desc');
		expect(container.querySelector('desc')!.textContent).toBe(
			'2 positions up to 2016-05-17; the latest: Abu Grain retaken, 140 km from Sirte on 2016-05-17 (date estimated).'
		);
	});

	it('draws one point per revealed event, hollow where estimated and dashed where hedged', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-17') });
		const points = [...container.querySelectorAll('circle.point:not(.legend circle)')].filter(
			(c) => !c.closest('.legend')
		);
		expect(
			points.map((c) =>
				c
					.getAttribute('class')
					?.split(' ')
					.filter((n) => n !== 'point' && !n.startsWith('svelte-'))
					.sort()
			)
		).toEqual([[], ['estimated', 'hedged']]);
	});

	it('labels the focused event', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-17', 'a') });
		expect(container.querySelector('text.label')!.textContent!.trim()).toBe('Saddada, 190 km');
	});

	it('says when nothing is shown yet', () => {
		const { container } = render(AdvanceChart, { props: props('2016-05-01') });
		expect(container.querySelectorAll('circle:not(.legend circle)').length).toBe(0);
		expect(container.querySelector('desc')!.textContent).toBe('No position shown yet, up to 2016-05-01.');
	});
});
