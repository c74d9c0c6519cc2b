import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { CasualtyReport, Claim } from '../../content/types.ts';
import CasualtyBars from './CasualtyBars.svelte';

const reports: CasualtyReport[] = [
	{ id: 'h-k', group: 'abu-grain', side: 'gna', kind: 'killed', count: 7, claim: 'hosp' },
	{ id: 'h-w', group: 'abu-grain', side: 'gna', kind: 'wounded', count: 19, claim: 'hosp' },
	{ id: 'o-k', group: 'abu-grain', side: 'gna', kind: 'killed', count: 3, claim: 'ops' },
	{ id: 'o-w', group: 'abu-grain', side: 'gna', kind: 'wounded', count: 10, claim: 'ops' },
	{ id: 'is', group: 'campaign-total', side: 'is', kind: 'killed', count: 2000, high: 2500, claim: 'is' },
	{ id: 'g', group: 'baghla', side: 'is', kind: 'killed', count: 100, claim: 'gazette' }
];
const claims: Claim[] = [
	{
		id: 'hosp',
		value: '7 killed, 19 wounded',
		claimant: 'Aziz Issa, spokesman for Misrata hospital',
		source: 'a',
		hedged: false
	},
	{
		id: 'ops',
		value: '3 killed, 10 wounded',
		claimant: 'Mohamed al-Ghasri, via Reuters',
		source: 'r',
		hedged: false
	},
	{ id: 'is', value: 'about 2,000–2,500', claimant: 'GNA side', source: 'lp', hedged: false },
	{
		id: 'gazette',
		value: '100 killed',
		claimant: 'The Libyan Gazette',
		source: 'g',
		hedged: true,
		hedge: 'claims'
	}
];
const props = (groups: string[], focus?: string) => ({
	reports,
	claims,
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

// The unit project's `src/**/*.test.ts` matches this file too, in node, where nothing can mount: it runs in `render`.
describe('CasualtyBars', () => {
	it('is an image labelled by a title and a description generated from the data', () => {
		const { container } = render(CasualtyBars, { props: props(['abu-grain'], 'hosp') });
		const svg = container.querySelector('svg')!;
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-labelledby')).toBe('t-title t-desc');
		expect(container.querySelector('#t-title')!.textContent).toBe(
			'Casualty figures by who reports them: Abu Grain'
		);
		expect(container.querySelector('#t-desc')!.textContent).toBe(
			'Abu Grain (GNA forces): Aziz Issa, Misrata hospital (highlighted): 7 killed, 19 wounded; Mohamed al-Ghasri via Reuters: 3 killed, 10 wounded.'
		);
	});

	it('draws one bar per figure, each with its own value label, under its claimant', () => {
		const { container } = render(CasualtyBars, { props: props(['abu-grain']) });
		const bars = [...container.querySelectorAll('rect.bar')];
		expect(bars).toHaveLength(4);
		expect(bars.every((b) => b.namespaceURI === 'http://www.w3.org/2000/svg')).toBe(true);
		expect([...container.querySelectorAll('text.value')].map((t) => t.textContent)).toEqual([
			'7 killed',
			'19 wounded',
			'3 killed',
			'10 wounded'
		]);
		expect([...container.querySelectorAll('text.claimant')].map((t) => t.textContent)).toEqual([
			'Aziz Issa, Misrata hospital',
			'Mohamed al-Ghasri via Reuters'
		]);
		expect(container.querySelector('text.heading')!.textContent).toBe('Abu Grain: GNA forces');
	});

	it('marks hedged claims in style and in words, and shows them in the legend', () => {
		const { container } = render(CasualtyBars, { props: props(['baghla']) });
		const row = container.querySelector('g.row[data-claim="gazette"]')!;
		expect(own(row)).toEqual(['hedged', 'row']);
		expect(row.querySelector('text.value')!.textContent).toBe('100 killed (claimed)');
		expect([...container.querySelectorAll('.legend text')].map((t) => t.textContent)).toEqual([
			'Islamic State',
			'hedged by its source'
		]);
	});

	it('highlights the focused claim with a focus rule and dims the others', () => {
		const { container } = render(CasualtyBars, { props: props(['abu-grain'], 'ops') });
		const rows = [...container.querySelectorAll('g.row')];
		expect(rows.map(own)).toEqual([
			['dimmed', 'row'],
			['focused', 'row']
		]);
		expect(container.querySelectorAll('rect.focus-rule')).toHaveLength(1);
		expect(rows[1]!.querySelector('rect.focus-rule')).not.toBeNull();
	});

	it('draws a range as a solid bar and a hatched extension labelled low–high', () => {
		const { container } = render(CasualtyBars, { props: props(['campaign-total']) });
		const range = container.querySelector('rect.range')!;
		expect(range.getAttribute('fill')).toBe('url(#t-hatch-is)');
		expect(container.querySelector('pattern#t-hatch-is')).not.toBeNull();
		expect(container.querySelector('text.value')!.textContent).toBe('about 2,000–2,500 killed');
		expect(Number(range.getAttribute('x'))).toBe(
			Number(container.querySelector('rect.bar')!.getAttribute('x')) +
				Number(container.querySelector('rect.bar')!.getAttribute('width'))
		);
	});

	it('notes the separate scales and grows taller than its box when the rows need it', () => {
		const { container } = render(CasualtyBars, {
			props: { ...props(['abu-grain', 'baghla', 'campaign-total']), height: 200 }
		});
		expect(container.querySelector('text.note')!.textContent).toBe('Each group is drawn to its own scale.');
		const svg = container.querySelector('svg')!;
		expect(Number(svg.getAttribute('height'))).toBeGreaterThan(200);
		expect(svg.getAttribute('viewBox')).toBe(`0 0 320 ${svg.getAttribute('height')}`);
		expect(svg.style.fontSize).toBe('12px');
	});
});
