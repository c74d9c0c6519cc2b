import { didYouMean, type Diagnostic } from './diagnostics.ts';
import { locateIssues } from './located.ts';
import {
	boolean,
	isoDate,
	kebab,
	list,
	number,
	object,
	oneOf,
	optional,
	text,
	type Check,
	type Issue
} from './schema.ts';

import type { YamlSource } from './yaml-source.ts';

const httpUrl: Check<string> = (v, path, issues) =>
	typeof v === 'string' && /^https?:\/\/[^\s/]+/.test(v)
		? v
		: (issues.push({
				path,
				message: 'wrong value',
				expected: 'an http or https URL',
				found: JSON.stringify(v)
			}),
			undefined);

const textOrNumber: Check<string> = (v, path, issues) =>
	typeof v === 'number' && Number.isFinite(v) ? String(v) : text()(v, path, issues);

export const sourceSchema = object({
	id: kebab,
	title: text(),
	outlet: text(),
	date: isoDate,
	estimated: boolean,
	url: httpUrl,
	author: optional(text()),
	note: optional(text())
});

export const claimSchema = object({
	id: kebab,
	value: textOrNumber,
	unit: optional(text()),
	claimant: text(),
	source: kebab,
	hedged: boolean,
	hedge: optional(text()),
	note: optional(text())
});

export const entitySchema = object({
	id: kebab,
	name: text(),
	kind: oneOf(['person', 'group', 'operation', 'organisation'] as const),
	variants: list(text()),
	note: optional(text())
});

export const placeSchema = object({
	id: kebab,
	name: text(),
	variants: list(text()),
	lat: number('a latitude in degrees'),
	lon: number('a longitude in degrees'),
	estimated: boolean,
	note: optional(text())
});

export const inconsistencySchema = object({
	id: kebab,
	topic: text(),
	detail: text(),
	claims: list(kebab)
});

/** Reads a YAML list of records with unique ids; reports every problem, keeps the valid records. */
export function readRecords<T extends { id: string }>(
	yaml: YamlSource,
	schema: Check<T>,
	file: string,
	diagnostics: Diagnostic[]
): T[] {
	if (yaml.value === undefined || yaml.value === null) return [];
	if (!Array.isArray(yaml.value)) {
		diagnostics.push({
			file,
			...yaml.locate([]),
			message: 'wrong value',
			expected: 'a list of entries, each starting with "- id: …"',
			found: 'a single value'
		});
		return [];
	}
	const out: T[] = [];
	const seen = new Map<string, number>();
	yaml.value.forEach((entry, i) => {
		const issues: Issue[] = [];
		const record = schema(entry, [i], issues);
		diagnostics.push(...locateIssues(issues, yaml, file));
		if (!record) return;
		if (seen.has(record.id)) {
			diagnostics.push({
				file,
				...yaml.locate([i, 'id']),
				field: `[${i}].id`,
				message: `duplicate id "${record.id}"`,
				hint: `first used in entry ${seen.get(record.id)! + 1}`
			});
			return;
		}
		seen.set(record.id, i);
		out.push(record);
	});
	return out;
}

/** The ids an author declared in a YAML list, whether or not their entries are valid. */
export function declaredIds(yaml: YamlSource): string[] {
	if (!Array.isArray(yaml.value)) return [];
	return yaml.value.flatMap((entry: unknown) => {
		const id = (entry as { id?: unknown } | null)?.id;
		return typeof id === 'string' ? [id] : [];
	});
}

/** Checks that each record's `field` (an id or a list of ids) names known targets. */
export function checkRefs(
	records: { id: string }[],
	field: string,
	targets: string[],
	what: string,
	yaml: YamlSource,
	file: string,
	diagnostics: Diagnostic[]
) {
	const all = Array.isArray(yaml.value) ? (yaml.value as { id?: unknown }[]) : [];
	for (const record of records) {
		const i = all.findIndex((r) => r?.id === record.id);
		const value = (record as unknown as Record<string, unknown>)[field];
		const refs = Array.isArray(value) ? value : [value];
		refs.forEach((ref, j) => {
			if (typeof ref !== 'string' || targets.includes(ref)) return;
			const path = Array.isArray(value) ? [i, field, j] : [i, field];
			diagnostics.push({
				file,
				...yaml.locate(path),
				field: Array.isArray(value) ? `[${i}].${field}[${j}]` : `[${i}].${field}`,
				message: `unknown ${what} "${ref}"`,
				expected: `an id from ${what}s`,
				hint: didYouMean(ref, targets)
			});
		});
	}
}
