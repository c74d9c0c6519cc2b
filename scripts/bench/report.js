// The benchmark's Markdown table: for every figure, story and floor as "median (min–max)" over runs, and the ratio
// of the medians, story/floor; for Lighthouse, also the story page never hydrated.

/** @typedef {import('./stats.js').Spread} Spread */
/** @typedef {Record<string, Spread>} Summary */
/** @typedef {{ label: string, keys: string[], digits: number, unit?: string }} Row */

/**
 * @param {number} value
 * @param {number} digits
 */
const fixed = (value, digits) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/**
 * "median (min–max)", or the median alone when the runs agree at this precision.
 * @param {Spread | undefined} s
 * @param {number} digits
 * @param {number} [scale]
 */
function cell(s, digits, scale = 1) {
	if (!s) return '–';
	const [median, min, max] = [s.median, s.min, s.max].map((v) => fixed(v / scale, digits));
	return min === max ? `${median}` : `${median} (${min}–${max})`;
}

/**
 * @param {Spread | undefined} story
 * @param {Spread | undefined} floor
 */
function ratio(story, floor) {
	if (!story || !floor || !Number.isFinite(story.median) || !Number.isFinite(floor.median)) return '–';
	if (floor.median === 0) return story.median === 0 ? '–' : '∞';
	const r = story.median / floor.median;
	return `${r >= 10 ? r.toFixed(0) : r.toFixed(r >= 1 ? 1 : 2)}×`;
}

/**
 * The rows of one viewport's sections.
 * @param {string} vp a viewport key, e.g. "1280x800"
 * @returns {[string, Row[]][]}
 */
function viewportSections(vp) {
	const label = vp.replace('x', '×');
	const kinds = [
		['JS', 'js'],
		['CSS', 'css'],
		['HTML', 'html'],
		['fonts', 'fonts'],
		['data/JSON', 'data'],
		['images/SVG', 'images'],
		['other', 'other'],
		['total', 'total']
	];
	/** @param {string} phase @returns {Row[]} */
	const bytes = (phase) => [
		...kinds.map(([name, kind]) => ({
			label: `${name}, kB raw / brotli`,
			keys: [`${vp}.${phase}.${kind}.raw`, `${vp}.${phase}.${kind}.br`],
			digits: 1,
			unit: 'kB'
		})),
		{ label: 'requests', keys: [`${vp}.${phase}.requests`], digits: 0 },
		{ label: 'requests to other origins', keys: [`${vp}.${phase}.offOrigin`], digits: 0 }
	];
	/** @param {string} run @returns {Row[]} */
	const scroll = (run) => [
		{ label: 'frames over 16.7 ms, %', keys: [`${vp}.${run}.over16`], digits: 1 },
		{ label: 'frames over 33 ms, %', keys: [`${vp}.${run}.over33`], digits: 1 },
		{ label: 'longest frame, ms', keys: [`${vp}.${run}.longestFrame`], digits: 0 },
		{ label: 'long tasks', keys: [`${vp}.${run}.longTasks`], digits: 0 },
		{ label: 'long-task time, ms', keys: [`${vp}.${run}.longTaskMs`], digits: 0 },
		{ label: 'layout shift during scroll', keys: [`${vp}.${run}.layoutShift`], digits: 3 },
		{ label: 'step latency p50, ms', keys: [`${vp}.${run}.latency.p50`], digits: 1 },
		{ label: 'step latency p95, ms', keys: [`${vp}.${run}.latency.p95`], digits: 1 },
		{ label: 'step latency max, ms', keys: [`${vp}.${run}.latency.max`], digits: 1 },
		{
			label: 'steps timed / missed',
			keys: [`${vp}.${run}.latency.steps`, `${vp}.${run}.latency.missed`],
			digits: 0
		}
	];
	return [
		[`${label}: bytes, first load`, bytes('firstLoad')],
		[`${label}: bytes after scrolling to the end`, bytes('afterScroll')],
		[`${label}: wheel scroll, 1× CPU`, scroll('scroll1x')],
		[`${label}: wheel scroll, 4× CPU`, scroll('scroll4x')]
	];
}

/** @param {'mobile' | 'desktop'} formFactor @returns {Row[]} */
const lighthouseRows = (formFactor) => [
	...['performance', 'accessibility', 'bestPractices', 'seo'].map((score) => ({
		label: `${{ bestPractices: 'best practices', seo: 'SEO' }[score] ?? score} score`,
		keys: [`lighthouse.${formFactor}.${score}`],
		digits: 0
	})),
	{ label: 'FCP, ms', keys: [`lighthouse.${formFactor}.fcp`], digits: 0 },
	{ label: 'LCP, ms', keys: [`lighthouse.${formFactor}.lcp`], digits: 0 },
	{ label: 'CLS', keys: [`lighthouse.${formFactor}.cls`], digits: 3 },
	{ label: 'TBT, ms', keys: [`lighthouse.${formFactor}.tbt`], digits: 0 }
];

/**
 * The table, one section per viewport and measure, then Lighthouse. Rows whose figures are all zero (a kind of
 * file neither page loads) are left out. The last column, the story page never hydrated, has Lighthouse's figures
 * only.
 * @param {{ story: Summary, floor: Summary, unhydrated: Summary }} summary
 * @param {string[]} viewports
 */
export function markdownTable({ story, floor, unhydrated }, viewports) {
	/** @type {[string, Row[]][]} */
	const sections = [
		...viewports.flatMap(viewportSections),
		['Lighthouse mobile', lighthouseRows('mobile')],
		['Lighthouse desktop', lighthouseRows('desktop')]
	];
	const lines = [
		'| figure | story | floor | story/floor | story never hydrated |',
		'| --- | ---: | ---: | ---: | ---: |'
	];
	for (const [title, rows] of sections) {
		lines.push(`| **${title}** | | | | |`);
		for (const row of rows) {
			const scale = row.unit === 'kB' ? 1000 : 1;
			const spreads = [story, floor].map((s) => row.keys.map((k) => s[k]));
			if (row.unit === 'kB' && spreads.flat().every((s) => !s || s.max === 0)) continue;
			const [s, f] = spreads.map((list) => list.map((sp) => cell(sp, row.digits, scale)).join(' / '));
			// The story has more steps than the floor's one chapter: a ratio of step counts means nothing.
			const r = row.keys[0]?.endsWith('.steps')
				? '–'
				: row.keys.map((k) => ratio(story[k], floor[k])).join(' / ');
			const u = row.keys[0]?.startsWith('lighthouse.')
				? row.keys.map((k) => cell(unhydrated[k], row.digits, scale)).join(' / ')
				: '';
			lines.push(`| ${row.label} | ${s} | ${f} | ${r} | ${u} |`);
		}
	}
	return lines.join('\n');
}
