import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from './diagnostics.ts';
import { position } from './text.ts';
import type { Path } from './schema.ts';

/** A parsed YAML text that can say where any value in it came from. */
export interface YamlSource {
	/** The plain JavaScript value (undefined when the text is empty or broken). */
	value: unknown;
	/** Syntax errors, located. */
	diagnostics: Diagnostic[];
	/** Position of the value at `path` (or of its key, with `key`), in the enclosing file. */
	locate(path: Path, key?: boolean): { line: number; col: number };
}

/**
 * Parses YAML found at `lineOffset` lines into `file` (front matter and step headers are YAML embedded in Markdown).
 * Never throws: a broken text yields diagnostics and an undefined value.
 */
export function readYaml(text: string, file: string, lineOffset = 0): YamlSource {
	const at = (offset: number) => {
		const p = position(text, offset);
		return { line: p.line + lineOffset, col: p.col };
	};
	const diagnostics: Diagnostic[] = [];
	let doc;
	try {
		doc = parseDocument(text, { lineCounter: new LineCounter(), prettyErrors: false, uniqueKeys: true });
	} catch (error) {
		diagnostics.push({ file, ...at(0), message: `could not read YAML: ${String(error)}` });
		return { value: undefined, diagnostics, locate: () => at(0) };
	}
	for (const error of doc.errors) {
		const tab = /tab/i.test(error.message);
		const colon =
			/nested mappings|implicit keys need to be|map keys must be unique/i.test(error.message) &&
			!/unique/i.test(error.message);
		diagnostics.push({
			file,
			...at(error.pos[0]),
			message: tab ? 'tab used for indentation' : yamlMessage(error.message),
			expected: tab ? 'spaces' : undefined,
			hint: tab
				? 'indent YAML with spaces, two per level'
				: colon
					? 'a value that contains ": " must be quoted, or written on the next lines after ">"'
					: undefined
		});
	}
	let value: unknown;
	if (diagnostics.length === 0) {
		try {
			value = doc.toJS({ maxAliasCount: 50 });
		} catch (error) {
			diagnostics.push({ file, ...at(0), message: `could not read YAML: ${String(error)}` });
		}
	}
	const locate = (path: Path, key = false) => {
		let node: unknown = doc.contents;
		let offset = (node as YamlNode | null)?.range?.[0] ?? 0;
		for (const segment of path) {
			if (isMap(node)) {
				const pair = node.items.find(
					(p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment)
				);
				if (!pair) break;
				const keyNode = pair.key as YamlNode;
				offset = keyNode.range?.[0] ?? offset;
				if (key && segment === path[path.length - 1]) break;
				node = pair.value;
				offset = (node as YamlNode | null)?.range?.[0] ?? offset;
			} else if (isSeq(node) && typeof segment === 'number') {
				node = node.items[segment];
				offset = (node as YamlNode | null)?.range?.[0] ?? offset;
			} else break;
		}
		return at(offset);
	};
	return { value, diagnostics, locate };
}

function yamlMessage(message: string): string {
	const first = message.split('\n')[0] ?? message;
	return `YAML: ${first.replace(/ at line \d+, column \d+:?$/, '')}`;
}
