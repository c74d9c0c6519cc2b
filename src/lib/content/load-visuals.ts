/**
 * Reads `visuals.yaml` (the story's actors and each kind's configuration) and each kind's data file, checked against
 * the story's places, actors and claims. The kinds are handed in: this module imports none.
 */
import { actorCheck, type Actor } from './actors.ts';
import { readCsv } from './csv.ts';
import { declaredColumn, readRows } from './datasets.ts';
import { didYouMean, type Diagnostic } from './diagnostics.ts';
import type { AnyKindSpec, Declared, StoryRefs } from './kinds.ts';
import { locateIssues } from './located.ts';
import type { Issue } from './schema.ts';
import type { StoryVisuals } from './types.ts';
import { readYaml, type YamlSource } from './yaml-source.ts';

export interface LoadedVisuals {
	visuals: StoryVisuals;
	/** Each kind's declared column values, for checking steps' states. */
	declared: Record<string, Declared>;
	/** Where each kind's section starts, for diagnostics about a missing one. */
	yaml: YamlSource;
	/** The ids the story declares, actors included: what steps' states are checked against. */
	refs: StoryRefs;
}

/** The story's visuals: every problem goes to `diagnostics`; what is valid is kept. */
export function readVisuals(
	kinds: readonly AnyKindSpec[],
	texts: Record<string, string>,
	base: string,
	refs: Omit<StoryRefs, 'actors'>,
	diagnostics: Diagnostic[]
): LoadedVisuals {
	const file = `${base}visuals.yaml`;
	const yaml = readYaml(texts[file] ?? '', file);
	diagnostics.push(...yaml.diagnostics);
	const root = yaml.value ?? {};
	const sections: Record<string, unknown> =
		typeof root === 'object' && root !== null && !Array.isArray(root)
			? (root as Record<string, unknown>)
			: {};
	if (sections !== root)
		diagnostics.push({
			file,
			...yaml.locate([]),
			message: 'wrong value',
			expected: `a mapping with the keys actors, ${kinds.map((k) => k.key).join(', ')}`
		});
	const keys = ['actors', ...kinds.map((k) => k.key)];
	for (const key of Object.keys(sections))
		if (!keys.includes(key))
			diagnostics.push({
				file,
				...yaml.locate([key], true),
				field: key,
				message: `unknown section "${key}"`,
				expected: `one of ${keys.join(', ')}`,
				hint: didYouMean(key, keys)
			});

	const declaredActors: string[] = Array.isArray(sections.actors)
		? sections.actors.flatMap((a: unknown) => {
				const id = (a as { id?: unknown } | null)?.id;
				return typeof id === 'string' ? [id] : [];
			})
		: [];
	const actors: Actor[] = [];
	const issues: Issue[] = [];
	if (sections.actors !== undefined && !Array.isArray(sections.actors))
		issues.push({ path: ['actors'], message: 'wrong value', expected: 'a list of actors, each "- id: …"' });
	(Array.isArray(sections.actors) ? sections.actors : []).forEach((entry: unknown, i: number) => {
		const actor = actorCheck(entry, ['actors', i], issues);
		if (!actor) return;
		if (actors.some((a) => a.id === actor.id))
			issues.push({ path: ['actors', i, 'id'], message: `duplicate actor id "${actor.id}"` });
		else actors.push(actor);
	});
	const allRefs: StoryRefs = { ...refs, actors: declaredActors };

	const config: Record<string, unknown> = {};
	const rows: Record<string, unknown[]> = {};
	const declared: Record<string, Declared> = {};
	for (const kind of kinds) {
		const section = sections[kind.key];
		const checked = section === undefined ? undefined : kind.config(allRefs)(section, [kind.key], issues);
		if (checked !== undefined) config[kind.key] = checked;
		if (!kind.data) continue;
		const path = base + kind.data.file;
		const t = texts[path];
		declared[kind.key] = (column) => declaredColumn(t, column);
		if (t === undefined) continue;
		rows[kind.key] = readTable(t, path, refs.claims, kind.data.columns(allRefs, checked), diagnostics);
	}
	diagnostics.push(...locateIssues(issues, yaml, file));
	return { visuals: { actors, config, rows }, declared, yaml, refs: allRefs };
}

/** Reads a data table whose rows have unique ids and cite a claim. */
function readTable(
	t: string,
	file: string,
	claimIds: string[],
	columns: Parameters<typeof readRows>[1],
	diagnostics: Diagnostic[]
): unknown[] {
	const rows = readRows<{ id: string; claim: string }>(readCsv(t), columns, file, diagnostics);
	const seen = new Set<string>();
	for (const { value: row, cells } of rows) {
		if (seen.has(row.id))
			diagnostics.push({
				file,
				line: cells[0]!.line,
				col: cells[0]!.col,
				field: 'id',
				message: `duplicate id "${row.id}"`
			});
		seen.add(row.id);
		if (!claimIds.includes(row.claim)) {
			const cell = cells[columns.findIndex((c) => c.name === 'claim')]!;
			diagnostics.push({
				file,
				line: cell.line,
				col: cell.col,
				field: 'claim',
				message: `unknown claim "${row.claim}"`,
				expected: 'an id from claims.yaml',
				hint: didYouMean(row.claim, claimIds)
			});
		}
	}
	return rows.map((r) => r.value);
}
