import { fireEvent, render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.svelte';
import { table } from './table-fixture.ts';

describe('DataTable', () => {
	it('builds its rows in the browser only while the reader has them open', async () => {
		const { container } = render(DataTable, { props: { table, claimHref: './sources/#claim-' } });
		const details = container.querySelector('details')!;
		expect(container.querySelectorAll('tr')).toHaveLength(0);
		details.open = true;
		await fireEvent(details, new Event('toggle'));
		flushSync();
		const cells = [...container.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())
		);
		expect(cells).toEqual([
			['5 May', 'Alder Ash', '190'],
			['17 May', 'Alder Ash', '140']
		]);
		expect(container.querySelector('a.claim-ref')?.getAttribute('href')).toBe('./sources/#claim-c1');
		details.open = false;
		await fireEvent(details, new Event('toggle'));
		flushSync();
		expect(container.querySelectorAll('tr')).toHaveLength(0);
	});
});
