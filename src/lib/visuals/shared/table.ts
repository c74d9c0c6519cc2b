/** A cell of a visual's data table: plain text, or text that links to the claim behind it. */
export type Cell = string | { text: string; claim: string };

/** The data a visual shows at a step, as a real table. */
export interface TableModel {
	caption: string;
	columns: string[];
	rows: Cell[][];
}
