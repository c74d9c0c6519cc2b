import { readSteps } from './chapter.ts';
import { didYouMean, type Diagnostic } from './diagnostics.ts';
import { splitFrontMatter } from './frontmatter.ts';
import type { AnyKindSpec } from './kinds.ts';
import type { LoadedVisuals } from './load-visuals.ts';
import { locateIssues } from './located.ts';
import { claimRefs, renderMarkdown } from './markdown.ts';
import { kebab, list, object, oneOf, optional, text, type Check, type Issue } from './schema.ts';
import { position } from './text.ts';
import type { Chapter } from './types.ts';

const CHAPTER_FILE = /^chapters\/(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const chapterSchema = object({ title: text() });

/** What a chapter is checked against: the story's data and claims, and the step ids seen so far. */
export interface ChapterContext {
	base: string;
	/** The kinds of visual, and what the story configures for them. */
	kinds: readonly AnyKindSpec[];
	visuals: LoadedVisuals;
	claimIds: string[];
	hedged: ReadonlySet<string>;
	stepIds: Map<string, string>;
	diagnostics: Diagnostic[];
}

/** Reads and checks one chapter file: front matter, then its steps, each against the story's claims and data. */
export function readChapter(path: string, t: string, ctx: ChapterContext): Chapter | undefined {
	const { base, kinds, claimIds, stepIds, diagnostics } = ctx;
	const name = CHAPTER_FILE.exec(path.slice(base.length));
	if (!name) {
		diagnostics.push({
			file: path,
			line: 1,
			col: 1,
			message: 'chapter file name',
			expected: 'chapters/NN-kebab-name.md, e.g. chapters/01-alder-ash.md',
			found: JSON.stringify(path.slice(base.length))
		});
		return undefined;
	}
	const before = diagnostics.length;
	const front = splitFrontMatter(t, path, diagnostics);
	const issues: Issue[] = [];
	const meta = front.ok ? chapterSchema(front.yaml.value ?? {}, [], issues) : undefined;
	diagnostics.push(...locateIssues(issues, front.yaml, path));
	const raw = readSteps(front.body, front.bodyLine, path, diagnostics);
	if (raw.length === 0 && diagnostics.length === before)
		diagnostics.push({
			file: path,
			line: front.bodyLine,
			col: 1,
			message: 'the chapter has no steps',
			expected: 'at least one "::: step <id>" block'
		});
	const stepSchema = object({
		visual: oneOf(kinds.map((k) => k.key)),
		state: (v: unknown) => v as Record<string, unknown>,
		alt: text('one to three sentences describing the visual'),
		notes: optional(text('speaker notes for a teacher')),
		minutes: optional(minutes),
		claims: list(claimRef(claimIds), 'a list of claim ids, e.g. [c001-04]')
	});
	const steps: Chapter['steps'] = [];
	for (const r of raw) {
		const stepIssues: Issue[] = [];
		if (kebab(r.id, [], stepIssues) === undefined) {
			diagnostics.push({
				file: path,
				line: r.line,
				col: r.col,
				field: 'step id',
				message: 'a step id is its deep link',
				expected: 'a kebab-case id like "alder-ash-falls"',
				found: JSON.stringify(r.id)
			});
			continue;
		}
		if (stepIds.has(r.id)) {
			diagnostics.push({
				file: path,
				line: r.line,
				col: r.col,
				field: 'step id',
				message: `duplicate step id "${r.id}"`,
				hint: `first used in ${stepIds.get(r.id)}`
			});
			continue;
		}
		stepIds.set(r.id, path);
		if (r.header.value === undefined && r.header.diagnostics.length) continue;
		const header = stepSchema(r.header.value ?? {}, [], stepIssues);
		const state = header ? stepState(header.visual, header.state, ctx, stepIssues) : undefined;
		diagnostics.push(...locateIssues(stepIssues, r.header, path, r.id));
		for (const ref of claimRefs(r.body)) {
			if (claimIds.includes(ref.id)) continue;
			const p = position(r.body, ref.offset);
			diagnostics.push({
				file: path,
				line: r.bodyLine + p.line - 1,
				col: p.col,
				field: `${r.id}.text`,
				message: `link to unknown claim "${ref.id}"`,
				expected: 'an id from claims.yaml',
				hint: didYouMean(ref.id, claimIds)
			});
		}
		if (r.body.trim() === '')
			diagnostics.push({
				file: path,
				line: r.bodyLine,
				col: 1,
				field: `${r.id}.text`,
				message: 'the step has no text'
			});
		if (!header || !state) continue;
		steps.push({
			id: r.id,
			html: renderMarkdown(r.body, { hedged: ctx.hedged }),
			visual: { key: header.visual, state },
			alt: header.alt,
			...(header.notes === undefined ? {} : { notes: header.notes }),
			...(header.minutes === undefined ? {} : { minutes: header.minutes }),
			claims: header.claims
		});
	}
	if (!meta) return undefined;
	return { id: name[2]!, number: Number(name[1]), title: meta.title, steps };
}

/** A step's planned minutes, for the presenter's pacing: more than none, and no more than a lesson. */
const minutes: Check<number> = (v, path, issues) =>
	typeof v === 'number' && v > 0 && v <= 120
		? v
		: (issues.push({
				path,
				message: 'wrong value',
				expected: 'minutes above 0, at most 120 (e.g. 1.5)',
				found: JSON.stringify(v)
			}),
			undefined);

/** Checks a step's state with its kind, or says the story does not configure that kind. */
function stepState(key: string, state: unknown, ctx: ChapterContext, issues: Issue[]) {
	const kind = ctx.kinds.find((k) => k.key === key)!;
	const { config } = ctx.visuals.visuals;
	if (!(key in config)) {
		const declared = ctx.visuals.yaml.value as Record<string, unknown> | undefined;
		issues.push({
			path: ['visual'],
			message:
				declared && typeof declared === 'object' && key in declared
					? `the "${key}:" section of visuals.yaml has errors (listed there), so this step cannot be checked`
					: `the story does not configure the ${kind.name} ("${key}")`,
			expected: `a "${key}:" section in visuals.yaml`
		});
		return undefined;
	}
	const none = () => [];
	return kind.state(ctx.visuals.refs, config[key], ctx.visuals.declared[key] ?? none)(
		state,
		['state'],
		issues
	);
}

const claimRef = (ids: string[]) => (v: unknown, path: (string | number)[], issues: Issue[]) => {
	if (typeof v === 'string' && ids.includes(v)) return v;
	issues.push({
		path,
		message: `unknown claim ${JSON.stringify(v)}`,
		expected: 'an id from claims.yaml',
		hint: typeof v === 'string' ? didYouMean(v, ids) : undefined
	});
	return undefined;
};
