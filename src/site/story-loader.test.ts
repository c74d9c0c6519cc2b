import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { storyLoader } from './story-loader.ts';

/** Runs the loader's code with a fake page: frames and timers run when asked; what it appends and imports is kept. */
function run(html: string) {
	const code = /^<script>([\s\S]*)<\/script>$/.exec(html)![1]!;
	const queue: (() => void)[] = [];
	const appended: { rel: string; href: string }[] = [];
	const imported: string[] = [];
	const classes = new Set(['js', 'deep-link']);
	const document = {
		createElement: () => ({ rel: '', href: '' }),
		// The figures the page holds are released in a real browser (tests/browser/story-page.test.ts).
		querySelectorAll: () => [],
		head: { appendChild: (l: { rel: string; href: string }) => appended.push(l) },
		documentElement: {
			classList: { remove: (...names: string[]) => names.forEach((n) => classes.delete(n)) }
		}
	};
	let failing = false;
	// `import()` is syntax: the script's code is run with it renamed to a function the test can see.
	runInNewContext(code.replace(/\bimport\(/g, '__import('), {
		addEventListener: () => {},
		requestAnimationFrame: (f: () => void) => queue.push(f),
		setTimeout: (f: () => void) => queue.push(f),
		document,
		// A settled import, as far as the loader can tell: `.catch` runs its handler at once when loading failed.
		__import: (href: string) => {
			imported.push(href);
			return {
				catch: (handler: (error: Error) => void) => {
					if (!failing) return;
					try {
						handler(new Error(`cannot load ${href}`));
					} catch (error) {
						passedOn.push((error as Error).message);
					}
				}
			};
		}
	});
	const passedOn: string[] = [];
	const next = () => queue.shift()?.();
	const fail = () => (failing = true);
	return { appended, imported, next, fail, classes, passedOn, pending: () => queue.length };
}

describe('storyLoader', () => {
	it('asks for nothing until a frame has been painted and a task has passed, then preloads the chunks and imports the entry', () => {
		const page = run(storyLoader('../_app/entry/story.js', ['../_app/chunks/a.js', '../_app/chunks/b.js']));
		expect(page.imported).toEqual([]);
		page.next(); // the frame
		expect(page.imported).toEqual([]);
		page.next(); // the task after it
		expect(page.appended).toEqual([
			{ rel: 'modulepreload', href: '../_app/chunks/a.js' },
			{ rel: 'modulepreload', href: '../_app/chunks/b.js' }
		]);
		expect(page.imported).toEqual(['../_app/entry/story.js']);
		expect(page.pending()).toBe(0);
		expect([...page.classes]).toEqual(['js', 'deep-link']);
	});

	it('falls back to the layout without JavaScript, and passes the error on, when the script cannot be loaded', () => {
		const page = run(storyLoader('../_app/entry/story.js', []));
		page.fail();
		page.next();
		page.next();
		expect([...page.classes]).toEqual([]);
		expect(page.passedOn).toEqual(['cannot load ../_app/entry/story.js']);
	});

	it('cannot be ended early by an address, whatever it holds', () => {
		const html = storyLoader('x</script><script>alert(1)//', []);
		expect(html.slice('<script>'.length, -'</script>'.length)).not.toContain('<');
		const page = run(html);
		page.next();
		page.next();
		expect(page.imported).toEqual(['x</script><script>alert(1)//']);
	});
});
