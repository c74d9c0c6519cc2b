import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The embed pages the build has (/embed/<story>/<chapter>/), as paths: none until embeds are built, then every one,
 * so the suites that use this cover them with no change.
 */
export function embedPages(dir = 'build'): string[] {
	const root = join(dir, 'embed');
	if (!existsSync(root)) return [];
	const folders = (path: string) =>
		readdirSync(path, { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.map((e) => e.name);
	return folders(root)
		.flatMap((story) => folders(join(root, story)).map((chapter) => `/embed/${story}/${chapter}/`))
		.filter((path) => existsSync(join(dir, path, 'index.html')))
		.sort();
}
