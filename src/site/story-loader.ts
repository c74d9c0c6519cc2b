/** releaseHeld (src/lib/scroll/held-figures.ts) as an inline ES5 function, `h`. */
const RELEASE_HELD =
	`function h(){document.querySelectorAll('noscript[data-figure]').forEach(function(n){` +
	`var t=document.createElement('template');t.innerHTML=n.textContent;n.replaceWith(t.content)})}`;

/**
 * The story page's loader: a classic inline script for the end of the body. It fetches the story's script (and the
 * chunks it imports, in parallel) only after the first paint. The page's text and its first visual are already in
 * the HTML; on a phone's connection the script (44 kB) would otherwise share the bandwidth of the first words, and
 * in Lighthouse's mobile run that put first paint at 1.6 s instead of 0.85 s. By the end of the body the document is
 * parsed, so the script can never hydrate a half-read page. If the script cannot be loaded, or throws while it
 * starts (no element or props to hydrate), the page falls back to what it is without JavaScript: the article
 * layout, every step with its own figure: the figures the page holds in <noscript> are released, as
 * src/lib/scroll/held-figures.ts does. So are they if the reader prints before the script has started.
 */
export function storyLoader(entry: string, imports: string[]): string {
	// JSON, with < escaped, is a safe JavaScript literal inside <script>.
	const literal = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
	const code =
		`(function(){${RELEASE_HELD}addEventListener('beforeprint',h);` +
		`requestAnimationFrame(function(){setTimeout(function(){` +
		`${literal(imports)}.forEach(function(href){var l=document.createElement('link');l.rel='modulepreload';l.href=href;document.head.appendChild(l)});` +
		`import(${literal(entry)}).catch(function(e){document.documentElement.classList.remove('js','deep-link','mode-pending');h();throw e})})})})()`;
	return `<script>${code}</script>`;
}
