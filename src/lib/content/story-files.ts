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
import type { Claim, Entity, Source } from './types.ts';
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
	claimant: text(),
	source: kebab,
	hedged: boolean,
	hedge: optional(text()),
	note: optional(text())
});

export const entitySchema = object({
	id: kebab,
	name: text(),
	kind: oneOf(['person', 'group', 'operation'] as const),
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

/** Checks that each claim names a known source. */
export function checkClaimSources(
	claims: Claim[],
	sources: Source[],
	yaml: YamlSource,
	file: string,
	diagnostics: Diagnostic[]
) {
	const ids = sources.map((s) => s.id);
	const all = Array.isArray(yaml.value) ? (yaml.value as { id?: unknown }[]) : [];
	for (const claim of claims) {
		if (ids.includes(claim.source)) continue;
		const i = all.findIndex((c) => c?.id === claim.id);
		diagnostics.push({
			file,
			...yaml.locate([i, 'source']),
			field: `[${i}].source`,
			message: `unknown source "${claim.source}"`,
			expected: 'an id from sources.yaml',
			hint: didYouMean(claim.source, ids)
		});
	}
}

export type { Entity };
