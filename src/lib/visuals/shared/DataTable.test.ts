import { render as renderOnServer } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable from './DataTable.svelte';
import { table } from './table-fixture.ts';

describe('DataTable on the server', () => {
	it('writes the whole table on the server, for readers without JavaScript', () => {
		const { body } = renderOnServer(DataTable, { props: { table } });
		expect(body).toMatch(/<caption[^>]*>Distance to Tarra<\/caption>/);
		expect(body.match(/<tr\b/g)).toHaveLength(3);
		expect(body).toContain('href="#claim-c1"');
	});
});
