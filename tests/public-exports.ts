/**
 * The names the package's two entries export, read with a regular expression straight from src/lib/index.ts and
 * src/lib/node.ts: independent of the TypeScript reading the /docs/ page is made with (src/site/api-docs.ts).
 */
import { readFileSync } from 'node:fs';

export function publicExports(entry: 'index' | 'node'): string[] {
	const source = readFileSync(`src/lib/${entry}.ts`, 'utf8');
	return [...source.matchAll(/export (?:type )?\{([^}]*)\}/g)]
		.flatMap((m) => m[1]!.split(','))
		.map((s) =>
			s
				.replace(/^\s*type\s+/, '')
				.trim()
				.split(/\s+as\s+/)
				.pop()!
		)
		.filter(Boolean);
}
