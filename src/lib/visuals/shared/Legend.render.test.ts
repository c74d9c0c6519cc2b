import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Legend, { legendLayout, type LegendItem } from './Legend.svelte';

const items: LegendItem[] = [
	{ label: 'Red forces', swatch: 'bar', color: 'var(--accent, #0b5394)' },
	{ label: 'Southern band', swatch: 'bar', color: '#a61c00' },
	{ label: 'hedged', swatch: 'dashed' }
];

describe('Legend', () => {
	it('places items left to right, estimating 7px a character, and wraps past maxWidth', () => {
		// Red forces: 16 + 6 + 70 = 92px; Southern band: 113px would end at 221 > 200; hedged: 64px fits after it.
		expect(legendLayout(items, 200)).toEqual({
			items: [
				{ ...items[0], x: 0, y: 10 },
				{ ...items[1], x: 0, y: 30 },
				{ ...items[2], x: 129, y: 30 }
			],
			height: 40
		});
		expect(legendLayout(items, 400).height).toBe(20);
		expect(legendLayout([], 400).height).toBe(0);
	});

	it('renders each item at its place, with its swatch and label', () => {
		const { container } = render(Legend, { props: { items, x: 5, y: 7, maxWidth: 200 } });
		expect(container.querySelector('g.legend')!.getAttribute('transform')).toBe('translate(5,7)');
		const placed = [...container.querySelectorAll('g.item')];
		expect(placed.map((g) => [g.getAttribute('transform'), g.querySelector('text')!.textContent])).toEqual([
			['translate(0,10)', 'Red forces'],
			['translate(0,30)', 'Southern band'],
			['translate(129,30)', 'hedged']
		]);
		expect((placed[0] as SVGElement).style.getPropertyValue('--swatch')).toBe('var(--accent, #0b5394)');
		expect(placed[2]!.querySelector('rect')!.namespaceURI).toBe('http://www.w3.org/2000/svg');
	});
});
