import { readCsv, type Cell, type CsvTable } from './csv.ts';
import type { Diagnostic } from './diagnostics.ts';
import { boolean, kebab, number, type Check, type Issue } from './schema.ts';

/** A CSV column: its name and a checker for the cell text. */
export interface Column {
	name: string;
	check: Check<unknown>;
}

/** `yes` or `no`. */
export const yesNo: Check<boolean> = (v, path, issues) =>
	boolean(v === 'yes' ? true : v === 'no' ? false : v, path, issues);

/** Any finite number, written plainly. */
export const numberCell =
	(what = 'a number'): Check<number> =>
	(v, path, issues) =>
		number(what)(v === '' || !/^-?\d+(\.\d+)?$/.test(String(v)) ? v : Number(v), path, issues);

/** A whole number of things. */
export const count: Check<number> = (v, path, issues) =>
	number('a whole number')(v === '' || !/^\d+$/.test(String(v)) ? v : Number(v), path, issues);

/** A whole number, or an empty cell (null). */
export const optionalCount: Check<number | null> = (v, path, issues) =>
	v === '' ? null : count(v, path, issues);

/** An empty cell (null), or a kebab-case id. */
export const optionalId: Check<string | null> = (v, path, issues) =>
	v === '' ? null : kebab(v, path, issues);

/** The distinct values of one column in a CSV text, valid rows or not (for checking references to them). */
export function declaredColumn(text: string | undefined, column: string): string[] {
	if (text === undefined) return [];
	const table = readCsv(text);
	const i = table.header.findIndex((c) => c.value.trim() === column);
	if (i < 0) return [];
	return [...new Set(table.rows.map((r) => r[i]?.value.trim() ?? '').filter((v) => v !== ''))];
}

/**
 * Reads a CSV table against its columns: the header must list exactly these columns in order; every cell is checked
 * and every problem reported at its own line and column.
 */
export function readRows<T>(
	table: CsvTable,
	columns: Column[],
	file: string,
	diagnostics: Diagnostic[]
): { value: T; cells: Cell[] }[] {
	if (table.error) {
		diagnostics.push({ file, ...table.error, message: table.error.message });
		return [];
	}
	const names = columns.map((c) => c.name);
	const header = table.header.map((c) => c.value.trim());
	if (header.join(',') !== names.join(',')) {
		diagnostics.push({
			file,
			line: table.header[0]?.line ?? 1,
			col: 1,
			field: 'header',
			message: 'wrong columns',
			expected: names.join(','),
			found: header.join(',') || 'an empty file'
		});
		return [];
	}
	const out: { value: T; cells: Cell[] }[] = [];
	for (const row of table.rows) {
		const record: Record<string, unknown> = {};
		let ok = true;
		if (row.length !== columns.length) {
			diagnostics.push({
				file,
				line: row[0]!.line,
				col: 1,
				message: 'wrong number of cells',
				expected: `${columns.length} (${names.join(', ')})`,
				found: String(row.length)
			});
			continue;
		}
		columns.forEach((column, i) => {
			const cell = row[i]!;
			const issues: Issue[] = [];
			const value = column.check(cell.value.trim(), [column.name], issues);
			for (const issue of issues) {
				ok = false;
				diagnostics.push({
					file,
					line: cell.line,
					col: cell.col,
					field: column.name,
					message: issue.message,
					expected: issue.expected,
					found: issue.found,
					hint: issue.hint
				});
			}
			if (value !== null) record[column.name] = value;
		});
		if (ok) out.push({ value: record as T, cells: row });
	}
	return out;
}
