// Runs after svelte-package (`npm run package`): leaves in dist/ only what a user of the package needs, in a form plain
// Node and any bundler resolve.
// - Tests and their fixtures live beside the code in src/lib but are not the package.
// - svelte-package rewrites `./x.ts` imports to `./x.js` in JavaScript (rewriteRelativeImportExtensions, in
//   tsconfig.package.json) but not in the declarations it emits: TypeScript resolves `./x.js` to `./x.d.ts`, and
//   would not find a `./x.ts` that is not shipped.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = 'dist';
const NOT_SHIPPED = /(\.test\.(js|d\.ts)|(^|[-/])fixture\.(js|d\.ts))$/;
const TS_SPECIFIER = /((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]*?)\.ts(['"])/g;

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

let removed = 0;
for (const path of walk(DIST)) {
	if (NOT_SHIPPED.test(path.split('\\').join('/'))) {
		rmSync(path);
		removed++;
	} else if (path.endsWith('.d.ts')) {
		const text = readFileSync(path, 'utf8');
		const fixed = text.replace(TS_SPECIFIER, '$1.js$2');
		if (fixed !== text) writeFileSync(path, fixed);
	}
}
console.log(`dist/: removed ${removed} test files; declarations import .js`);
