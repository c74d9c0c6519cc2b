// The floor's whole engine: each step's midpoint carries a 1px marker, and one IntersectionObserver reports whether
// each marker is at or above the offset line (its root is the viewport stretched far upward and cut off at the line:
// half the viewport on screens 768px wide or more, 70% below that). The active step is the last marker above the
// line, so a jump over many steps lands on the right one too. It sets data-active-step on the root, aria-current on
// the step, and redraws the one SVG.
const root = /** @type {HTMLElement} */ (document.querySelector('[data-active-step]'));
const steps = /** @type {HTMLElement[]} */ (Array.from(root.querySelectorAll('[data-step]')));
const dots = Array.from(document.querySelectorAll('#floor-dots circle'));
const bar = /** @type {SVGRectElement} */ (document.querySelector('#floor-bar'));
const label = /** @type {SVGTextElement} */ (document.querySelector('#floor-label'));
const crossed = steps.map(() => false);
const markers = steps.map((step) => {
	const marker = document.createElement('span');
	marker.className = 'mid';
	marker.setAttribute('aria-hidden', 'true');
	step.append(marker);
	return marker;
});
let active = -1;

/** @param {number} index the active step, -1 for none */
function show(index) {
	if (index === active) return;
	active = index;
	const step = steps[index];
	root.setAttribute('data-active-step', step ? step.id.slice('step-'.length) : '');
	for (const s of steps) {
		if (s === step) s.setAttribute('aria-current', 'step');
		else s.removeAttribute('aria-current');
	}
	dots.forEach((dot, i) => dot.setAttribute('fill', i <= index ? '#0b5394' : '#fff'));
	bar.setAttribute('width', String((360 * (index + 1)) / steps.length));
	label.textContent = step?.dataset.label ?? 'Sirte, May 2016';
}

/** @type {IntersectionObserver | undefined} */
let observer;
function observe() {
	observer?.disconnect();
	const line = Math.round(innerHeight * (innerWidth < 768 ? 0.7 : 0.5));
	observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries)
				crossed[markers.indexOf(/** @type {HTMLElement} */ (entry.target))] = entry.isIntersecting;
			show(crossed.lastIndexOf(true));
		},
		{ rootMargin: `1000000px 0px ${line - innerHeight}px 0px` }
	);
	for (const marker of markers) observer.observe(marker);
}
observe();
addEventListener('resize', observe);
