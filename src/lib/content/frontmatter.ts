import type { Diagnostic } from './diagnostics.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

export interface FrontMatter {
	/** The front matter, parsed (value undefined when absent or broken). */
	yaml: YamlSource;
	/** The text after the closing `---`. */
	body: string;
	/** 1-based line where `body` starts. */
	bodyLine: number;
	/** False when the front matter is missing or broken: its fields are then not checked again. */
	ok: boolean;
}

/** Splits `---\nyaml\n---\nbody`. A file without front matter gets a diagnostic on line 1. */
export function splitFrontMatter(text: string, file: string, diagnostics: Diagnostic[]): FrontMatter {
	const lines = text.split('\n');
	if (lines[0]?.trim() !== '---') {
		diagnostics.push({
			file,
			line: 1,
			col: 1,
			message: text.trim() === '' ? 'the file is empty' : 'missing front matter',
			expected: 'a first line "---", then YAML such as "title: …", then "---"',
			found: text.trim() === '' ? 'an empty file' : JSON.stringify(lines[0]?.slice(0, 30) ?? '')
		});
		return { yaml: readYaml('', file), body: text, bodyLine: 1, ok: false };
	}
	const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
	if (close < 0) {
		diagnostics.push({
			file,
			line: 1,
			col: 1,
			message: 'front matter is never closed',
			expected: 'a line "---" after the YAML'
		});
		return { yaml: readYaml('', file), body: '', bodyLine: lines.length + 1, ok: false };
	}
	const yaml = readYaml(lines.slice(1, close).join('\n'), file, 1);
	diagnostics.push(...yaml.diagnostics);
	return {
		yaml,
		body: lines.slice(close + 1).join('\n'),
		bodyLine: close + 2,
		ok: yaml.diagnostics.length === 0
	};
}
