import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { fixtureBasemap as basemap } from '../map/test-fixture.ts';
import CampaignDiagram from './CampaignDiagram.svelte';
import { CAMPAIGN_LAYERS } from './types.ts';

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
			"Map of Libya's coast from the Tunisian border to the Egyptian one. It shows the stretch of coast around Sirte held by the Islamic State in May. Sirte is highlighted."
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

	it('draws the US air strikes as a solid sight on Sirte, keyed by the same sight, apart from the reported forces', () => {
		const { container } = render(CampaignDiagram, {
			props: props(['is-held', 'foreign-forces', 'us-airstrikes'], 'sirte')
		});
		const strike = container.querySelector('[data-mark="us-strikes"]')!;
		expect([...strike.classList].filter((c) => !c.startsWith('svelte-'))).toEqual(['mark', 'strike', 'us']);
		expect(strike.querySelector('path')!.getAttribute('stroke-dasharray')).toBe(null);
		const swatches = [...container.querySelectorAll('.legend [data-swatch]')].map((g) => [
			g.querySelector('text')!.textContent,
			g.getAttribute('data-swatch')
		]);
		expect(swatches).toEqual([
			['Islamic State', 'hatch'],
			['Foreign forces', 'diamond'],
			['US air strikes', 'sight'],
			['Dashed: announced or reported', 'dashed']
		]);
		expect(container.querySelector('#t-title')!.textContent).toBe(
			'Forces around Sirte, Libya, May–December 2016'
		);
	});

	it('draws the PFG push as a solid arrow, and the ports as LNA-held alone when both holders are on', () => {
		const { container } = render(CampaignDiagram, {
			props: props(['pfg-ports', 'pfg-advance', 'lna-ports'], 'ras-lanuf')
		});
		expect(layersDrawn(container)).toEqual(['pfg-advance', 'lna-ports']);
		expect(container.querySelector('[data-mark="pfg-west"] .shaft')!.getAttribute('stroke-dasharray')).toBe(
			null
		);
		expect(container.querySelector('[data-mark="lna-ports"]')!.getAttribute('class')).toContain('lna');
		expect(container.querySelector('[data-label="mark-lna-ports"]')!.textContent).toBe('LNA oil ports');
		expect(container.querySelector('desc')!.textContent).not.toContain(
			'held by the Petroleum Facilities Guard'
		);
	});

	it('writes no number with more than 2 decimals into the SVG, at sizes that scale by awkward factors', () => {
		const all = [...CAMPAIGN_LAYERS];
		for (const [width, height] of [
			[500, 1000],
			[333, 641],
			[777, 390],
			[1280, 900]
		] as const) {
			const { container, unmount } = render(CampaignDiagram, { props: props(all, 'sirte', width, height) });
			const svg = container.querySelector('svg')!.outerHTML;
			expect(svg.match(/\d\.\d{3,}|\de-\d/g), `${width}×${height}`).toBe(null);
			unmount();
		}
	});

	it('draws no hidden label', () => {
		const { container } = render(CampaignDiagram, {
			props: props(['is-held', 'gna-advance', 'lna-announced', 'zilla-clash', 'pfg-ports'], 'sirte', 320, 300)
		});
		const drawn = [...container.querySelectorAll('[data-label]')].map((t) => t.getAttribute('data-label'));
		expect(drawn).toContain('place-sirte');
		expect(drawn.length).toBeLessThan(12);
	});

	it('lets the marks a step change adds play their entrance, and none drawn with the diagram', async () => {
		const { container, rerender } = render(CampaignDiagram, { props: props(['is-held']) });
		const entering = () =>
			[...container.querySelectorAll('[data-layer]')].map((g) => [
				g.getAttribute('data-layer'),
				g.classList.contains('entering')
			]);
		expect(entering()).toEqual([['is-held', false]]);
		await rerender(props(['is-held', 'gna-advance']));
		expect(entering()).toEqual([
			['is-held', false],
			['gna-advance', true]
		]);
	});
});
