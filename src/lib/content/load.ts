import { LANGUAGES } from '../i18n/locales.ts';
import { readChapter } from './load-chapter.ts';
import { didYouMean, type Diagnostic } from './diagnostics.ts';
import { splitFrontMatter } from './frontmatter.ts';
import type { AnyKindSpec } from './kinds.ts';
import { locateIssues } from './located.ts';
import { readVisuals } from './load-visuals.ts';
import { renderMarkdown } from './markdown.ts';
import { kebab, object, oneOf, optional, text, type Issue } from './schema.ts';
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
import type { Chapter, Claim, Story } from './types.ts';
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
	'visuals.yaml'
];

/** Files tools write into a story's folder, which the story itself does not read: the embeds' measured heights. */
const WRITTEN = ['embed-heights.json'];

const storySchema = object({
	title: text(),
	dek: text(),
	/** One of the languages the interface words exist in (src/lib/i18n). */
	lang: optional(oneOf(LANGUAGES)),
	cover: optional(kebab)
});

/**
 * Loads `stories/<slug>/` from a map of project-relative paths to file texts (from `import.meta.glob` at build time,
 * or from the file system in `npm run check:stories`). Pure and total: never throws, reports all problems at once.
 */
export function loadStory(
	slug: string,
	files: Record<string, string>,
	kinds: readonly AnyKindSpec[]
): Loaded {
	const base = `stories/${slug}/`;
	const texts: Record<string, string> = {};
	for (const [path, raw] of Object.entries(files)) if (path.startsWith(base)) texts[path] = normalise(raw);
	const diagnostics: Diagnostic[] = [];
	const rel = (name: string) => base + name;
	const dataFiles = kinds.flatMap((k) => (k.data ? [k.data.file] : []));

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
		if ([...KNOWN, ...WRITTEN].includes(name) || dataFiles.includes(name) || name.startsWith('chapters/'))
			continue;
		diagnostics.push({
			file: path,
			line: 1,
			col: 1,
			message: 'not a story file, so it would be ignored',
			expected: [...KNOWN, ...dataFiles].join(', ') + ' or chapters/NN-name.md',
			hint: didYouMean(name, [...KNOWN, ...dataFiles])
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

	const placeIds = declaredIds(placesYaml);
	const loaded = readVisuals(kinds, texts, base, { places, placeIds, claims: claimIds }, diagnostics);

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
			expected: 'files like chapters/01-alder-ash.md'
		});
	const stepIds = new Map<string, string>();
	const hedged = new Set(claims.filter((c) => c.hedged).map((c) => c.id));
	const chapters: Chapter[] = [];
	for (const path of chapterPaths) {
		const chapter = readChapter(path, texts[path]!, {
			base,
			kinds,
			visuals: loaded,
			claimIds,
			hedged,
			stepIds,
			diagnostics
		});
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

	if (meta?.cover && !stepIds.has(meta.cover))
		diagnostics.push({
			file: rel('story.md'),
			...front.yaml.locate(['cover']),
			field: 'cover',
			message: `unknown step "${meta.cover}"`,
			expected: 'the id of a step, whose visual the index shows',
			hint: didYouMean(meta.cover, [...stepIds.keys()])
		});
	if (diagnostics.length || !meta) return { diagnostics, texts };
	return {
		diagnostics,
		texts,
		story: {
			slug,
			lang: meta.lang ?? 'en',
			cover: meta.cover ?? chapters[0]?.steps[0]?.id ?? '',
			title: meta.title,
			dek: meta.dek,
			intro: renderMarkdown(front.body, { hedged }),
			chapters,
			sources,
			claims,
			entities,
			inconsistencies,
			places,
			visuals: loaded.visuals
		}
	};
}
