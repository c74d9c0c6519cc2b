import type { TableModel } from './table.ts';

/** A small table with a claim link, for the DataTable tests. */
export const table: TableModel = {
	caption: 'Distance to Tarra',
	columns: ['date', 'place', 'km'],
	rows: [
		['5 May', 'Alder Ash', { text: '190', claim: 'c1' }],
		['17 May', 'Alder Ash', '140']
	]
};
