/**
 * The embed page's first lines in <head>, before it paints: the theme the address asks for (`theme=light|dark|auto`,
 * with the matching `color-scheme`, so the frame never shows the other scheme's opaque ground), and the layout
 * classes. The page is prerendered once for every query, so this reads the query in the browser. While the page's
 * script has not mounted the chosen mode, the server's unrolled chapter stays hidden (`mode-pending`), unless the
 * article layout is what was asked for; the loader lifts that if the script fails (story-loader.ts).
 */
const script =
	`(function(){var h=document.documentElement,q=new URLSearchParams(location.search),t=q.get('theme'),m=q.get('mode');` +
	`h.classList.add('embed');h.setAttribute('data-theme',t==='light'||t==='dark'?t:'auto');` +
	`h.classList.remove('deep-link');h.classList.toggle('article',m==='article');` +
	`if(m!=='article')h.classList.add('mode-pending')})()`;

export const embedHead = () => `<script>${script}</script>`;
