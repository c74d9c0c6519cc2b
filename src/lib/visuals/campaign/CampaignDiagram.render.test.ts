import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { fixtureBasemap as basemap } from '../map/test-fixture.ts';
import CampaignDiagram from './CampaignDiagram.svelte';

const props = (layers: string[], focus?: string, width = 1000, height = 500) => ({
	basemap,
	state: { layers, focus },
	width,
	height,
	uid: 't'
});
const layersDrawn = (container: Element) => [
	...new Set([...container.querySelectorAll('[data-layer]')].map((g) => g.getAttribute('data-layer')))
];

describe('CampaignDiagram', () => {
	it('is an image labelled by its title and a description generated from the state', () => {
		const { container } = render(CampaignDiagram, { props: props(['is-held'], 'sirte') });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-labelledby')).toBe('t-title t-desc');
		expect(svg.getAttribute('viewBox')).toBe('0 0 1000 500');
		expect(svg.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
		expect(container.querySelector('#t-title')!.textContent).toBe(
			'Forces around Sirte, Libya, May–June 2016'
		);
		expect(container.querySelector('#t-desc')!.textContent).toBe(
			"Map of Libya's coast from the Tunisian border to the Egyptian one. It shows the stretch of coast around Sirte held by the Islamic State. Sirte is highlighted."
		);
	});

	it('draws the marks of the layers switched on, and removes them when switched off', async () => {
		const { container, rerender } = render(CampaignDiagram, { props: props(['is-held']) });
		expect(layersDrawn(container)).toEqual(['is-held']);
		await rerender(props(['is-held', 'gna-advance', 'lna-announced']));
		expect(layersDrawn(container)).toEqual(['is-held', 'gna-advance', 'lna-announced']);
		await rerender(props(['gna-advance']));
		expect(layersDrawn(container)).toEqual(['gna-advance']);
		expect(container.querySelector('desc')!.textContent).toContain("the GNA forces' advance from Misrata");
	});

	it('draws announced and reported marks dashed, and what happened solid', () => {
		const { container } = render(CampaignDiagram, {
			props: props(['gna-advance', 'lna-announced', 'lna-derna'])
		});
		const dashed = (id: string) =>
			container.querySelector(`[data-mark="${id}"] path`)!.getAttribute('stroke-dasharray') !== null;
		expect([dashed('gna-coast'), dashed('lna-east'), dashed('lna-south'), dashed('lna-derna')]).toEqual([
			false,
			true,
			true,
			false
		]);
	});

	it("clips held zones to Libya's land", () => {
		const { container } = render(CampaignDiagram, { props: props(['is-held', 'pfg-ports']) });
		expect(container.querySelector('clipPath#t-land path')!.getAttribute('d')).toBe(
			'M20,100l900,0 0,400 -900,0z'
		);
		const zones = [...container.querySelectorAll('.zone path')];
		expect(zones.map((z) => z.getAttribute('clip-path'))).toEqual(['url(#t-land)', 'url(#t-land)']);
	});

	it('rings and names the focused place, and nothing without a focus', async () => {
		const { container, rerender } = render(CampaignDiagram, { props: props(['is-held'], 'zintan') });
		const ring = container.querySelector('circle.focus')!;
		expect([ring.getAttribute('cx'), ring.getAttribute('cy')]).toEqual(['170', '150']);
		expect(container.querySelector('text.focused')!.textContent).toBe('Zintan');
		await rerender(props(['is-held']));
		expect(container.querySelector('circle.focus')).toBe(null);
		expect(container.querySelector('text.focused')).toBe(null);
	});

	it("labels marks in their actor's colour class, and keys the actors shown", () => {
		const { container } = render(CampaignDiagram, { props: props(['is-held', 'foreign-forces']) });
		expect(container.querySelector('[data-label="mark-is-zone"]')!.getAttribute('class')).toContain('is');
		expect([...container.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual([
			'Islamic State',
			'Foreign forces',
			'Dashed: announced or reported'
		]);
	});

	it('notes the reports that come without a place', () => {
		const { container } = render(CampaignDiagram, { props: props(['foreign-forces']) });
		expect([...container.querySelectorAll('text.note')].map((t) => t.textContent).join(' ')).toBe(
			'French, Italian and Jordanian special forces were also reported in Libya; no places given.'
		);
	});

	it('draws no hidden label', () => {
		const { container } = render(CampaignDiagram, {
			props: props(['is-held', 'gna-advance', 'lna-announced', 'zilla-clash', 'pfg-ports'], 'sirte', 320, 300)
		});
		const drawn = [...container.querySelectorAll('[data-label]')].map((t) => t.getAttribute('data-label'));
		expect(drawn).toContain('place-sirte');
		expect(drawn.length).toBeLessThan(12);
	});
});
