import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LocatorMap from './LocatorMap.svelte';
import { fixtureBasemap as basemap } from './test-fixture.ts';

const props = (focus?: string) => ({ basemap, focus, width: 400, height: 200, uid: 'loc' });

describe('LocatorMap', () => {
	it('is an image labelled by a title and description that name the focused place', () => {
		const { container } = render(LocatorMap, { props: props('derna') });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-labelledby')).toBe('loc-title loc-desc');
		expect(container.querySelector('#loc-title')!.textContent).toBe('Where Derna is');
		expect(container.querySelector('#loc-desc')!.textContent).toBe(
			"Map of Libya's coast, from the Tunisian border to the Egyptian one, with Derna highlighted among the story's 13 places."
		);
	});

	it('draws every place, and rings and names the focused one', () => {
		const { container } = render(LocatorMap, { props: props('derna') });
		expect(container.querySelectorAll('circle.place')).toHaveLength(13);
		const ring = container.querySelector('circle.focus')!;
		expect([ring.getAttribute('cx'), ring.getAttribute('cy')]).toEqual(['800', '90']);
		expect(container.querySelector('text.focused')!.textContent).toBe('Derna');
	});

	it('draws the basemap: sea, countries with Libya stronger, coast', () => {
		const { container } = render(LocatorMap, { props: props() });
		expect(container.querySelector('rect.sea')).not.toBe(null);
		expect(
			[...container.querySelectorAll('path.country')].map((p) => p.classList.contains('subject'))
		).toEqual([true, false]);
		expect(container.querySelector('path.coast')!.getAttribute('d')).toBe('M20,100l900,0');
	});

	it('writes no number with more than 2 decimals into the SVG', () => {
		const { container } = render(LocatorMap, { props: { ...props('zilla'), width: 420, height: 300 } });
		expect(container.querySelector('svg')!.outerHTML.match(/\d\.\d{3,}|\de-\d/g)).toBe(null);
	});

	it('has no ring without a focus', () => {
		const { container } = render(LocatorMap, { props: props() });
		expect(container.querySelector('circle.focus')).toBe(null);
		expect(container.querySelector('#loc-title')!.textContent).toBe('Places in the story');
	});
});
