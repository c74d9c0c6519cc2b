/**
 * The handout's only script, before the first paint: `?notes=none|below|only` (below by default) becomes
 * `data-handout-notes` on <html>, which the handout's stylesheet reads. Without JavaScript the notes follow each step.
 */
const script =
	`(function(){var n=new URLSearchParams(location.search).get('notes');` +
	`document.documentElement.setAttribute('data-handout-notes',n==='none'||n==='only'?n:'below')})()`;

export const handoutHead = () => `<script>${script}</script>`;
