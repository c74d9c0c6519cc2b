/**
 * Turns server-rendered SVG into text that reviews well: one element per line, no Svelte scoping classes or hydration
 * comments, and every number with more than two decimals rounded to two. Used by tests/unit/golden-svg.test.ts.
 */

/** The first `<svg>…</svg>` of some server-rendered HTML (the visuals never nest one SVG in another). */
export function extractSvg(html: string): string {
	const start = html.indexOf('<svg');
	const end = html.indexOf('</svg>', start);
	if (start < 0 || end < 0) throw new Error('no <svg> element in the rendered HTML');
	return html.slice(start, end + '</svg>'.length);
}

/** A number in an attribute value with more than two decimals, or in exponent form ("1.2e-14"). */
const LONG_NUMBER = /-?(?:\d*\.\d{3,}(?:e[-+]?\d+)?|\d+(?:\.\d+)?e[-+]?\d+)/gi;

/** `n` rounded to two decimals and printed without trailing zeros; `-0` prints as `0`. */
export function round2(n: number): string {
	const r = Math.round(n * 100) / 100;
	return String(Object.is(r, -0) ? 0 : r);
}

/** Rounds every long number inside an attribute value; shorter ones are left as written. */
/** Hex colours (`#2e6b30`) are words, not numbers: matched first, so "2e6" inside one is never read as 2×10⁶. */
const HEX_OR_LONG_NUMBER = new RegExp(`#[0-9a-f]{3,8}\\b|${LONG_NUMBER.source}`, 'gi');
export const roundNumbers = (value: string) =>
	value.replace(HEX_OR_LONG_NUMBER, (m) => (m.startsWith('#') ? m : round2(Number(m))));

const ATTRIBUTE = /([^\s=/]+)(?:="([^"]*)")?/g;

/** One tag's attributes, Svelte's `svelte-xxxx` classes removed and numbers rounded, in source order. */
function attributes(source: string): string {
	const out: string[] = [];
	for (const [, name, value] of source.matchAll(ATTRIBUTE)) {
		if (value === undefined) {
			out.push(name!);
			continue;
		}
		let v = value;
		if (name === 'class') {
			v = v
				.split(/\s+/)
				.filter((c) => c && !/^svelte-[a-z0-9]+$/.test(c))
				.join(' ');
			if (!v) continue;
		}
		out.push(`${name}="${roundNumbers(v)}"`);
	}
	return out.length ? ' ' + out.join(' ') : '';
}

type Node = { tag: string; attrs: string; children: Node[] } | { text: string };

/** Parses the markup Svelte's server renderer emits for an SVG: well-formed, attribute values in double quotes. */
function parse(svg: string): Node[] {
	const root: Node[] = [];
	const stack: { tag: string; children: Node[] }[] = [{ tag: '', children: root }];
	for (const [token] of svg.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<[^>]+>|[^<]+/g)) {
		const top = stack[stack.length - 1]!;
		if (token.startsWith('</')) {
			const tag = token.slice(2, -1).trim();
			if (tag !== top.tag) throw new Error(`unbalanced SVG: </${tag}> closes <${top.tag}>`);
			stack.pop();
		} else if (token.startsWith('<')) {
			const selfClosing = token.endsWith('/>');
			const body = token.slice(1, selfClosing ? -2 : -1);
			const tag = body.match(/^[^\s/>]+/)![0];
			const node = { tag, attrs: attributes(body.slice(tag.length)), children: [] as Node[] };
			top.children.push(node);
			if (!selfClosing) stack.push(node);
		} else if (token.trim()) {
			top.children.push({ text: token.replace(/\s+/g, ' ').trim() });
		}
	}
	if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.tag}>`);
	return root;
}

function print(node: Node, depth: number, lines: string[]) {
	const pad = '\t'.repeat(depth);
	if ('text' in node) {
		lines.push(pad + node.text);
		return;
	}
	const open = `<${node.tag}${node.attrs}`;
	if (node.children.length === 0) lines.push(`${pad}${open}/>`);
	else if (node.children.every((c) => 'text' in c))
		lines.push(
			`${pad}${open}>${node.children.map((c) => (c as { text: string }).text).join(' ')}</${node.tag}>`
		);
	else {
		lines.push(`${pad}${open}>`);
		for (const child of node.children) print(child, depth + 1, lines);
		lines.push(`${pad}</${node.tag}>`);
	}
}

/** The normalised, pretty-printed text of an SVG, ending with a newline. */
export function normaliseSvg(svg: string): string {
	const lines: string[] = [];
	for (const node of parse(svg)) print(node, 0, lines);
	return lines.join('\n') + '\n';
}

/**
 * A unified-style line diff of `expected` (−) against `actual` (+), with `context` unchanged lines around each change,
 * a `@@ golden line N, rendered line M @@` header per hunk, and at most `limit` lines in all. Plain LCS: goldens are a
 * few hundred lines.
 */
export function lineDiff(expected: string, actual: string, context = 3, limit = 80): string {
	const a = expected.split('\n');
	const b = actual.split('\n');
	const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	const ops: { op: ' ' | '-' | '+'; line: string; i: number; j: number }[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		const at = { i, j };
		if (i < a.length && j < b.length && a[i] === b[j]) {
			ops.push({ op: ' ', line: a[i++]!, ...at });
			j++;
		} else if (i < a.length && (j >= b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!))
			ops.push({ op: '-', line: a[i++]!, ...at });
		else ops.push({ op: '+', line: b[j++]!, ...at });
	}
	const shown = ops.map((_, k) =>
		ops.slice(Math.max(0, k - context), k + context + 1).some((o) => o.op !== ' ')
	);
	const out: string[] = [];
	ops.forEach((o, k) => {
		if (!shown[k]) return;
		if (k === 0 || !shown[k - 1]) out.push(`@@ golden line ${o.i + 1}, rendered line ${o.j + 1} @@`);
		out.push(`${o.op} ${o.line}`);
	});
	const more = out.length - limit;
	return (more > 0 ? [...out.slice(0, limit), `… and ${more} more lines`] : out).join('\n');
}
