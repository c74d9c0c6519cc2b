import type { Diagnostic } from './diagnostics.ts';
import type { Issue, Path } from './schema.ts';
import type { YamlSource } from './yaml-source.ts';

/** `[2, 'claims', 0]` → `[2].claims[0]`; with prefix `two`, `['state', 'until']` → `two.state.until`. */
export function fieldName(path: Path, prefix = ''): string {
	let out = prefix;
	for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
	return out;
}

/** Turns schema issues into diagnostics pointing into the YAML they came from. */
export function locateIssues(issues: Issue[], yaml: YamlSource, file: string, prefix = ''): Diagnostic[] {
	return issues.map((issue) => ({
		file,
		...yaml.locate(issue.path, issue.key),
		field: fieldName(issue.path, prefix) || undefined,
		message: issue.message,
		expected: issue.expected,
		found: issue.found,
		hint: issue.hint
	}));
}
