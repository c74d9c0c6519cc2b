import { flushSync } from 'svelte';
import { inBrowser } from '../environment.ts';

/** Where the reader's layout choice is kept; src/app.html's inline script reads the same key. */
export const LAYOUT_KEY = 'scrolly-layout';

/**
 * How the story is laid out. The scroll layout (sticky visual) needs JavaScript; the unrolled "article" layout (each
 * step followed by its own static visual) serves readers who choose it, readers who prefer reduced motion (the
 * default for them), print, and pages without JavaScript. The inline script in src/app.html sets the classes `js`,
 * `article` and `deep-link` on <html> before the first paint, so no layout flashes; this class takes over from there.
 */
export class ReadingMode {
	/** The reader reads the unrolled layout. In the browser, read from the class set before the first paint. */
	article = $state(inBrowser && document.documentElement.classList.contains('article'));
	/** The page is being printed: static visuals are needed whatever the layout. */
	printing = $state(false);

	/**
	 * Static visuals in the steps. The server renders them all (for readers without JavaScript, the article layout and
	 * print); the story page holds them in <noscript> and releases them when this turns true (held-figures.ts). A view
	 * drawn in the browser draws them only in the article layout and in print.
	 */
	get figures() {
		return !inBrowser || this.article || this.printing;
	}

	/** Listens for printing. Returns the cleanup. */
	start = () => {
		// Browsers announce printing with beforeprint and with the print media query; either brings the figures back.
		const print = typeof window.matchMedia === 'function' ? window.matchMedia('print') : undefined;
		const update = () => flushSync(() => (this.printing = print?.matches ?? false));
		const before = () => flushSync(() => (this.printing = true));
		window.addEventListener('beforeprint', before);
		window.addEventListener('afterprint', update);
		print?.addEventListener('change', update);
		return () => {
			window.removeEventListener('beforeprint', before);
			window.removeEventListener('afterprint', update);
			print?.removeEventListener('change', update);
		};
	};

	/**
	 * The sticky visual is in place: lets the deep-link class, which hides it until then, go once the page has drawn
	 * (a reader arriving at a step sees that step's visual, never the first one on its way).
	 */
	reveal = () => {
		requestAnimationFrame(() => document.documentElement.classList.remove('deep-link'));
	};

	/** Switches layout and remembers the choice for the next visit. */
	set(article: boolean) {
		this.article = article;
		document.documentElement.classList.toggle('article', article);
		try {
			localStorage.setItem(LAYOUT_KEY, article ? 'article' : 'scroll');
		} catch {
			// Storage may be disabled; the choice then lasts for this page only.
		}
	}
}
