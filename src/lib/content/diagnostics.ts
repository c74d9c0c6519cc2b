/** One problem found in a story file, located for humans: `stories/<slug>/<file>:<line>:<col>`. */
export interface Diagnostic {
	/** Path relative to the project root, e.g. `stories/river-town/chapters/01-alder-ash.md`. */
	file: string;
	/** 1-based line. */
	line: number;
	/** 1-based column. */
	col: number;
	/** The field concerned, as a dotted path (`steps.alder-ash-falls.claims[1]`), when there is one. */
	field?: string;
	/** What is wrong, in plain words. */
	message: string;
	/** What the schema expected. */
	expected?: string;
	/** What the file holds instead. */
	found?: string;
	/** A suggestion, e.g. `did you mean "claims"?`. */
	hint?: string;
}

/** Thrown by the catalog when a story does not validate; carries every diagnostic, already formatted. */
export class StoryError extends Error {
	constructor(
		readonly diagnostics: Diagnostic[],
		sources: Record<string, string> = {}
	) {
		super(formatDiagnostics(diagnostics, sources));
		this.name = 'StoryError';
	}
}

/** Shows a value found in a file briefly, for the `found` part of a message. */
export function describe(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return `a list of ${value.length}`;
	if (typeof value === 'object') return 'a mapping';
	if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}..."` : `"${value}"`;
	return `${typeof value} ${String(value)}`;
}

/** Two lines before and after `line`, with a caret under `col`, as compilers print them. */
export function codeFrame(text: string, line: number, col: number): string {
	const lines = text.split('\n');
	const first = Math.max(1, line - 2);
	const last = Math.min(lines.length, line + 1);
	const width = String(last).length;
	const out: string[] = [];
	for (let n = first; n <= last; n++) {
		const gutter = `${n === line ? '>' : ' '} ${String(n).padStart(width)} | `;
		out.push(gutter + (lines[n - 1] ?? '').replace(/\t/g, '→'));
		if (n === line) out.push(' '.repeat(gutter.length + Math.max(0, col - 1)) + '^');
	}
	return out.join('\n');
}

/** `file:line:col field: message (expected X, found Y) hint`, then a code frame when the text is known. */
export function formatDiagnostic(d: Diagnostic, text?: string): string {
	const parts = [`${d.file}:${d.line}:${d.col}`];
	if (d.field) parts.push(`${d.field}:`);
	parts.push(d.message);
	const detail = [d.expected && `expected ${d.expected}`, d.found && `found ${d.found}`].filter(Boolean);
	let head = parts.join(' ');
	if (detail.length) head += ` (${detail.join(', ')})`;
	if (d.hint) head += `; ${d.hint}`;
	return text === undefined ? head : `${head}\n${codeFrame(text, d.line, d.col)}`;
}

/** The diagnostics in reading order: by file, then position. */
export const sortDiagnostics = (list: readonly Diagnostic[]): Diagnostic[] =>
	[...list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);

/** Every diagnostic, sorted by file and position, with a count at the end. */
export function formatDiagnostics(list: Diagnostic[], sources: Record<string, string> = {}): string {
	const body = sortDiagnostics(list)
		.map((d) => formatDiagnostic(d, sources[d.file]))
		.join('\n\n');
	return `${body}\n\n${list.length} problem${list.length === 1 ? '' : 's'} in stories/`;
}

/** Levenshtein distance, for "did you mean". */
export function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let prev = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const next = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
			prev = next;
		}
	}
	return row[b.length]!;
}

/** The nearest candidate within two edits (or a third of the word); undefined when none is near. */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestScore = Infinity;
	for (const c of candidates) {
		const score = distance(word.toLowerCase(), c.toLowerCase());
		if (score < bestScore) [best, bestScore] = [c, score];
	}
	const limit = Math.max(2, Math.floor(word.length / 3));
	return best !== undefined && bestScore <= limit ? best : undefined;
}

/** "did you mean …?" for the nearest candidate, or undefined. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
	const best = nearest(word, candidates);
	return best === undefined ? undefined : `did you mean "${best}"?`;
}
