import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { ALL, input } from './fixture.ts';
import MapDiagram from './MapDiagram.svelte';

const props = (layers: string[], focus?: string, width = 1000, height = 500) => ({
	input,
	state: { layers, focus },
	width,
	height,
	uid: 't'
});
const layersDrawn = (container: Element) => [
	...new Set([...container.querySelectorAll('[data-layer]')].map((g) => g.getAttribute('data-layer')))
];
const classes = (el: Element) => [...el.classList].filter((c) => !c.startsWith('svelte-'));

describe('MapDiagram', () => {
	it('is an image labelled by its title and a description generated from the state', () => {
		const { container } = render(MapDiagram, { props: props(['raiders-held'], 'old-town') });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-labelledby')).toBe('t-title t-desc');
		expect(svg.getAttribute('viewBox')).toBe('0 0 1000 500');
		expect(svg.getAttribute('preserveAspectRatio')).toBe('xMidYMid meet');
		expect(classes(svg)).toEqual(['map']);
		expect(container.querySelector('#t-title')!.textContent).toBe('The river war, March–April 2031');
		expect(container.querySelector('#t-desc')!.textContent).toBe(
			'Map of the river coast from the western hills to the cape. It shows the coast around Old Town held by the Raiders in March. Old Town is highlighted.'
		);
	});

	it('draws the marks of the layers switched on, and removes them when switched off', async () => {
		const { container, rerender } = render(MapDiagram, { props: props(['raiders-held']) });
		expect(layersDrawn(container)).toEqual(['raiders-held']);
		await rerender(props(['raiders-held', 'guard-advance', 'clans-announced']));
		expect(layersDrawn(container)).toEqual(['raiders-held', 'guard-advance', 'clans-announced']);
		await rerender(props(['guard-advance']));
		expect(layersDrawn(container)).toEqual(['guard-advance']);
		expect(container.querySelector('desc')!.textContent).toContain("the River Guard's advance from the Mill");
	});

	it('draws what a step ahead adds hidden, and reveals those very elements when that step comes', async () => {
		const now = props(['raiders-held']);
		const next = props(['raiders-held', 'guard-advance']);
		const { container, rerender } = render(MapDiagram, { props: { ...now, ahead: next.state } });
		const hidden = () => [...container.querySelectorAll('.ahead')];
		const ahead = hidden();
		expect(ahead.map((el) => el.getAttribute('data-mark') ?? el.getAttribute('data-label'))).toEqual(
			expect.arrayContaining(['guard-coast', 'mark-guard-coast'])
		);
		expect(layersDrawn(container)).toEqual(['raiders-held', 'guard-advance']);

		await rerender({ ...next, ahead: next.state });
		expect(hidden()).toEqual([]);
		const mark = container.querySelector('[data-mark="guard-coast"]')!;
		expect(ahead.includes(mark)).toBe(true);
		expect(container.querySelector('desc')!.textContent).toContain("the River Guard's advance from the Mill");
	});

	it('draws announced and unconfirmed marks dashed, and what happened solid', () => {
		const { container } = render(MapDiagram, {
			props: props(['guard-advance', 'clans-announced', 'cape-siege', 'envoys'])
		});
		const dashed = (id: string) =>
			container.querySelector(`[data-mark="${id}"] path`)!.getAttribute('stroke-dasharray') !== null;
		expect(
			['guard-coast', 'clans-east', 'clans-south', 'cape-siege', 'north-envoys', 'boats-abroad'].map(dashed)
		).toEqual([false, true, true, false, true, false]);
		expect(classes(container.querySelector('[data-mark="north-envoys"]')!)).toEqual([
			'mark',
			'diamond',
			'dashed'
		]);
	});

	it("colours each mark with its actor's colour, inline, and its label too", () => {
		const { container } = render(MapDiagram, { props: props(['raiders-held', 'guild-works']) });
		const colour = (sel: string) =>
			(container.querySelector(sel) as SVGElement).style.getPropertyValue('--c');
		expect([colour('[data-mark="raiders-zone"]'), colour('[data-mark="guild-zone"]')]).toEqual([
			'#9c2a00',
			'#2e6b30'
		]);
		expect(colour('[data-label="mark-guild-zone"]')).toBe('#2e6b30');
		expect(colour('[data-label="place-mill"]')).toBe('');
	});

	it("clips zones to the subject country's land, and hatches a hatched zone in its actor's colour", () => {
		const { container } = render(MapDiagram, { props: props(['raiders-held', 'guild-works']) });
		expect(container.querySelector('clipPath#t-land path')!.getAttribute('d')).toBe(
			'M20,100l900,0 0,400 -900,0z'
		);
		const zones = [...container.querySelectorAll('.zone path')];
		expect(zones.map((z) => z.getAttribute('clip-path'))).toEqual(['url(#t-land)', 'url(#t-land)']);
		expect((zones[0] as SVGElement).style.fill).toBe('url(#t-hatch-raiders)');
		expect((zones[1] as SVGElement).style.fill).toBe('');
		const pattern = container.querySelector('pattern#t-hatch-raiders') as SVGElement;
		expect(pattern.style.getPropertyValue('--c')).toBe('#9c2a00');
		expect(container.querySelectorAll('pattern')).toHaveLength(1);
	});

	it('shades the subject country a shade darker than its neighbours', () => {
		const { container } = render(MapDiagram, { props: props([]) });
		const countries = [...container.querySelectorAll('path.country')].map((c) => classes(c));
		expect(countries).toEqual([['country'], ['country', 'subject']]);
	});

	it('rings and names the focused place, and nothing without a focus', async () => {
		const { container, rerender } = render(MapDiagram, { props: props(['raiders-held'], 'hill-camp') });
		const ring = container.querySelector('circle.focus')!;
		expect([ring.getAttribute('cx'), ring.getAttribute('cy')]).toEqual(['170', '150']);
		expect(container.querySelector('text.focused')!.textContent).toBe('Hill Camp');
		await rerender(props(['raiders-held']));
		expect(container.querySelector('circle.focus')).toBe(null);
		expect(container.querySelector('text.focused')).toBe(null);
	});

	it('rings the capital', () => {
		const { container } = render(MapDiagram, { props: props([]) });
		const capital = container.querySelector('circle.capital')!;
		expect([capital.getAttribute('cx'), capital.getAttribute('cy')]).toEqual(['220', '80']);
	});

	it('keys the actors drawn, each by its first mark, in its colour', () => {
		const { container } = render(MapDiagram, {
			props: props(['raiders-held', 'envoys', 'fleet-shelling'], 'old-town')
		});
		const swatches = [...container.querySelectorAll('.legend [data-swatch]')].map((g) => [
			g.querySelector('text')!.textContent,
			g.getAttribute('data-swatch'),
			(g as SVGElement).style.getPropertyValue('--c')
		]);
		expect(swatches).toEqual([
			['Raiders', 'hatch', '#9c2a00'],
			['Envoys', 'diamond', '#5b3f8c'],
			['Fleet guns', 'sight', '#4a3f8c'],
			['Dashed: announced or reported', 'dashed', '']
		]);
		expect((container.querySelector('.legend [data-swatch="hatch"] rect') as SVGElement).style.fill).toBe(
			'url(#t-hatch-raiders)'
		);
		expect(container.querySelector('#t-title')!.textContent).toBe('The river war, March–December 2031');
	});

	it('notes what a layer cannot place', () => {
		const { container } = render(MapDiagram, { props: props(['envoys']) });
		expect([...container.querySelectorAll('text.note')].map((t) => t.textContent).join(' ')).toBe(
			'Envoys of two more countries were also reported; no places given.'
		);
	});

	it("draws the push as a solid arrow, and the works as the Clans' alone when both holders are on", () => {
		const { container } = render(MapDiagram, {
			props: props(['guild-works', 'guild-push', 'clans-works'], 'saltworks')
		});
		expect(layersDrawn(container)).toEqual(['guild-push', 'clans-works']);
		expect(container.querySelector('[data-mark="guild-west"] .shaft')!.getAttribute('stroke-dasharray')).toBe(
			null
		);
		expect(container.querySelector('[data-label="mark-clans-works"]')!.textContent).toBe('Clan works');
		expect(container.querySelector('desc')!.textContent).not.toContain('held by the Salt Guild');
	});

	it('writes no number with more than 2 decimals into the SVG, at sizes that scale by awkward factors', () => {
		for (const [width, height] of [
			[500, 1000],
			[333, 641],
			[777, 390],
			[1280, 900]
		] as const) {
			const { container, unmount } = render(MapDiagram, { props: props(ALL, 'old-town', width, height) });
			const svg = container.querySelector('svg')!.outerHTML.replace(/#[0-9a-f]{6}/g, '');
			expect(svg.match(/\d\.\d{3,}|\de-\d/g), `${width}×${height}`).toBe(null);
			unmount();
		}
	});

	it('draws no hidden label', () => {
		const { container } = render(MapDiagram, {
			props: props(
				['raiders-held', 'guard-advance', 'clans-announced', 'quarry-clash', 'guild-works'],
				'old-town',
				320,
				300
			)
		});
		const drawn = [...container.querySelectorAll('[data-label]')].map((t) => t.getAttribute('data-label'));
		expect(drawn).toContain('place-old-town');
		expect(drawn.length).toBeLessThan(12);
	});

	it('lets the marks a step change adds play their entrance, and none drawn with the diagram', async () => {
		const { container, rerender } = render(MapDiagram, { props: props(['raiders-held']) });
		const entering = () =>
			[...container.querySelectorAll('[data-layer]')].map((g) => [
				g.getAttribute('data-layer'),
				g.classList.contains('entering')
			]);
		expect(entering()).toEqual([['raiders-held', false]]);
		await rerender(props(['raiders-held', 'guard-advance']));
		expect(entering()).toEqual([
			['raiders-held', false],
			['guard-advance', true]
		]);
	});
});
