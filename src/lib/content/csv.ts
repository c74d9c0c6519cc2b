/** A CSV cell with its 1-based position in the file. */
export interface Cell {
	value: string;
	line: number;
	col: number;
}

export interface CsvTable {
	header: Cell[];
	rows: Cell[][];
	/** A quote left open, as a message with its position. */
	error?: { message: string; line: number; col: number };
}

/** RFC 4180 CSV (commas, double quotes, quotes doubled inside quotes), keeping every cell's position. */
export function readCsv(text: string): CsvTable {
	const records: Cell[][] = [];
	let record: Cell[] = [];
	let value = '';
	let line = 1;
	let col = 1;
	let start = { line, col };
	let quoted = false;
	let i = 0;
	const endCell = () => {
		record.push({ value, ...start });
		value = '';
	};
	while (i < text.length) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				value += '"';
				i += 2;
				col += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else value += ch;
			if (ch === '\n') {
				line++;
				col = 0;
			}
		} else if (ch === '"' && value === '') quoted = true;
		else if (ch === ',') {
			endCell();
			start = { line, col: col + 1 };
		} else if (ch === '\n') {
			endCell();
			records.push(record);
			record = [];
			line++;
			col = 0;
			start = { line, col: 1 };
		} else value += ch;
		i++;
		col++;
	}
	if (quoted) return { header: [], rows: [], error: { message: 'a quoted cell is never closed', ...start } };
	if (value !== '' || record.length) {
		endCell();
		records.push(record);
	}
	const nonEmpty = records.filter((r) => r.some((c) => c.value.trim() !== ''));
	return { header: nonEmpty[0] ?? [], rows: nonEmpty.slice(1) };
}
