import type { Diagnostic } from './diagnostics.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

/** A `::: step <id>` block as written, before validation. */
export interface RawStep {
	id: string;
	/** Position of the id on the opening line. */
	line: number;
	col: number;
	/** The step's settings (visual, state, alt, notes, claims). */
	header: YamlSource;
	/** The step's Markdown text. */
	body: string;
	/** 1-based line where the body starts. */
	bodyLine: number;
}

const OPEN = /^:::\s*step\b\s*(.*)$/;
const CLOSE = /^:::\s*$/;
const SEPARATOR = /^---\s*$/;

/**
 * Reads the step blocks of a chapter body:
 *
 *     ::: step alder-ash-falls
 *     visual: advance
 *     state: { until: 2016-05-05 }
 *     alt: …
 *     ---
 *     Markdown text of the step.
 *     :::
 *
 * Text outside a step is an error (it would otherwise never be shown). Never throws.
 */
export function readSteps(
	body: string,
	bodyLine: number,
	file: string,
	diagnostics: Diagnostic[]
): RawStep[] {
	const lines = body.split('\n');
	const steps: RawStep[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		const lineNo = bodyLine + i;
		const open = OPEN.exec(line.trim());
		if (!open) {
			if (CLOSE.test(line.trim())) {
				diagnostics.push({
					file,
					line: lineNo,
					col: 1,
					message: '":::" closes no step',
					hint: 'each step opens with "::: step <id>"'
				});
			} else if (line.trim() !== '' && !/^<!--.*-->$/.test(line.trim())) {
				diagnostics.push({
					file,
					line: lineNo,
					col: line.search(/\S/) + 1,
					message: 'text outside a step would never be shown',
					expected: 'text inside a "::: step <id>" … ":::" block'
				});
				while (i + 1 < lines.length && lines[i + 1]!.trim() !== '' && !OPEN.test(lines[i + 1]!.trim())) i++;
			}
			i++;
			continue;
		}
		const id = open[1]!.trim();
		const col = line.indexOf(id) + 1 || line.length + 1;
		let sep = -1;
		let end = -1;
		let j = i + 1;
		for (; j < lines.length; j++) {
			const t = lines[j]!.trim();
			if (OPEN.test(t)) break;
			if (sep < 0 && SEPARATOR.test(t)) sep = j;
			else if (CLOSE.test(t)) {
				end = j;
				break;
			}
		}
		if (end < 0) {
			diagnostics.push({
				file,
				line: lineNo,
				col: 1,
				message: `step "${id || '?'}" is never closed`,
				expected: 'a line ":::" after the step text'
			});
			i = j; // the lines up to the next step belong to the unclosed one: no second complaint about them
			continue;
		}
		if (sep < 0) {
			diagnostics.push({
				file,
				line: lineNo + 1,
				col: 1,
				message: `step "${id || '?'}" has no "---" between its settings and its text`,
				expected: 'settings (visual, state, alt, notes, claims), a line "---", then the text'
			});
			i = end + 1;
			continue;
		}
		const header = readYaml(lines.slice(i + 1, sep).join('\n'), file, lineNo);
		diagnostics.push(...header.diagnostics);
		steps.push({
			id,
			line: lineNo,
			col,
			header,
			body: lines.slice(sep + 1, end).join('\n'),
			bodyLine: bodyLine + sep + 1
		});
		i = end + 1;
	}
	return steps;
}
