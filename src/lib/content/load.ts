import type { Known } from '../visuals/registry.ts';
import { readChapter } from './load-chapter.ts';
import { readCsv } from './csv.ts';
import { advanceColumns, casualtyColumns, declaredColumn, readRows } from './datasets.ts';
import { didYouMean, type Diagnostic } from './diagnostics.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { locateIssues } from './located.ts';
import { renderMarkdown } from './markdown.ts';
import { object, text, type Issue } from './schema.ts';
import {
	checkRefs,
	claimSchema,
	declaredIds,
	entitySchema,
	inconsistencySchema,
	placeSchema,
	readRecords,
	sourceSchema
} from './story-files.ts';
import { KEBAB, normalise } from './text.ts';
import type { AdvanceEvent, CasualtyReport, Chapter, Claim, Story, StoryData } from './types.ts';
import { readYaml } from './yaml-source.ts';

/** The result of loading a story: the story when it is valid, and every diagnostic either way. */
export interface Loaded {
	story?: Story;
	diagnostics: Diagnostic[];
	/** The normalised text of every file, for code frames. */
	texts: Record<string, string>;
}

const KNOWN = [
	'story.md',
	'sources.yaml',
	'claims.yaml',
	'entities.yaml',
	'inconsistencies.yaml',
	'places.yaml',
	'data/advance.csv',
	'data/casualties.csv'
];

const storySchema = object({ title: text(), dek: text() });

/**
 * Loads `stories/<slug>/` from a map of project-relative paths to file texts (from `import.meta.glob` at build time,
 * or from the file system in `npm run check:stories`). Pure and total: never throws, reports all problems at once.
 */
export function loadStory(slug: string, files: Record<string, string>): Loaded {
	const base = `stories/${slug}/`;
	const texts: Record<string, string> = {};
	for (const [path, raw] of Object.entries(files)) if (path.startsWith(base)) texts[path] = normalise(raw);
	const diagnostics: Diagnostic[] = [];
	const rel = (name: string) => base + name;

	if (!KEBAB.test(slug))
		diagnostics.push({
			file: base,
			line: 1,
			col: 1,
			message: 'the story folder name is its URL',
			expected: 'a kebab-case name',
			found: JSON.stringify(slug)
		});
	for (const path of Object.keys(texts)) {
		const name = path.slice(base.length);
		if (KNOWN.includes(name) || name.startsWith('chapters/')) continue;
		diagnostics.push({
			file: path,
			line: 1,
			col: 1,
			message: 'not a story file, so it would be ignored',
			expected: KNOWN.join(', ') + ' or chapters/NN-name.md',
			hint: didYouMean(name, KNOWN)
		});
	}
	const required = (name: string) => {
		if (texts[rel(name)] === undefined)
			diagnostics.push({
				file: rel(name),
				line: 1,
				col: 1,
				message: 'missing file',
				expected: `stories/${slug}/${name}`
			});
		return texts[rel(name)] ?? '';
	};
	const yamlFile = (name: string, must: boolean) => {
		const t = must ? required(name) : (texts[rel(name)] ?? '');
		const y = readYaml(t, rel(name));
		diagnostics.push(...y.diagnostics);
		if (must && texts[rel(name)] !== undefined && t.trim() === '')
			diagnostics.push({
				file: rel(name),
				line: 1,
				col: 1,
				message: 'the file is empty',
				expected: 'a list of entries'
			});
		return y;
	};

	const sourcesYaml = yamlFile('sources.yaml', true);
	const sources = readRecords(sourcesYaml, sourceSchema, rel('sources.yaml'), diagnostics);
	const claimsYaml = yamlFile('claims.yaml', true);
	const claims = readRecords(claimsYaml, claimSchema, rel('claims.yaml'), diagnostics) as Claim[];
	checkRefs(
		claims,
		'source',
		declaredIds(sourcesYaml),
		'source',
		claimsYaml,
		rel('claims.yaml'),
		diagnostics
	);
	const entities = readRecords(
		yamlFile('entities.yaml', false),
		entitySchema,
		rel('entities.yaml'),
		diagnostics
	);
	const placesYaml = yamlFile('places.yaml', false);
	const places = readRecords(placesYaml, placeSchema, rel('places.yaml'), diagnostics);
	const claimIds = declaredIds(claimsYaml);
	const inconsistenciesYaml = yamlFile('inconsistencies.yaml', false);
	const inconsistencies = readRecords(
		inconsistenciesYaml,
		inconsistencySchema,
		rel('inconsistencies.yaml'),
		diagnostics
	);
	checkRefs(
		inconsistencies,
		'claims',
		claimIds,
		'claim',
		inconsistenciesYaml,
		rel('inconsistencies.yaml'),
		diagnostics
	);

	const table = <T extends { id: string; claim: string }>(
		name: string,
		columns: Parameters<typeof readTable>[3]
	) => readTable<T>(texts[rel(name)], rel(name), claimIds, columns, diagnostics);
	const data: StoryData = {
		places,
		advance: table<AdvanceEvent>('data/advance.csv', advanceColumns),
		casualties: table<CasualtyReport>('data/casualties.csv', casualtyColumns)
	};

	const storyText = required('story.md');
	const front = splitFrontMatter(storyText, rel('story.md'), diagnostics);
	const issues: Issue[] = [];
	const meta = front.ok ? storySchema(front.yaml.value ?? {}, [], issues) : undefined;
	diagnostics.push(...locateIssues(issues, front.yaml, rel('story.md')));

	const chapterPaths = Object.keys(texts)
		.filter((p) => p.startsWith(base + 'chapters/'))
		.sort();
	if (chapterPaths.length === 0)
		diagnostics.push({
			file: rel('chapters/'),
			line: 1,
			col: 1,
			message: 'the story has no chapters',
			expected: 'files like chapters/01-abu-grain.md'
		});
	const csv = (name: string, column: string) => declaredColumn(texts[rel(name)], column);
	const known: Known = {
		advance: csv('data/advance.csv', 'id'),
		casualtyGroups: csv('data/casualties.csv', 'group'),
		casualtyClaims: csv('data/casualties.csv', 'claim'),
		places: declaredIds(placesYaml)
	};
	const stepIds = new Map<string, string>();
	const hedged = new Set(claims.filter((c) => c.hedged).map((c) => c.id));
	const chapters: Chapter[] = [];
	for (const path of chapterPaths) {
		const chapter = readChapter(path, texts[path]!, { base, known, claimIds, hedged, stepIds, diagnostics });
		if (chapter) chapters.push(chapter);
	}
	const numbers = chapters.map((c) => c.number);
	chapters.forEach((c, i) => {
		if (numbers.indexOf(c.number) !== i)
			diagnostics.push({
				file: `${base}chapters/`,
				line: 1,
				col: 1,
				message: `two chapters are numbered ${String(c.number).padStart(2, '0')}`
			});
	});

	if (diagnostics.length || !meta) return { diagnostics, texts };
	return {
		diagnostics,
		texts,
		story: {
			slug,
			title: meta.title,
			dek: meta.dek,
			intro: renderMarkdown(front.body, { hedged }),
			chapters,
			sources,
			claims,
			entities,
			inconsistencies,
			data
		}
	};
}

/** Reads a data table whose rows have unique ids and cite a claim. */
function readTable<T extends { id: string; claim: string }>(
	t: string | undefined,
	file: string,
	claimIds: string[],
	columns: Parameters<typeof readRows>[1],
	diagnostics: Diagnostic[]
): T[] {
	if (t === undefined) return [];
	const table = readCsv(t);
	const rows = readRows<T>(table, columns, file, diagnostics);
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
