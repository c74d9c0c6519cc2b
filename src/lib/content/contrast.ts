/**
 * WCAG 2.x colour contrast: relative luminance and contrast ratio of sRGB colours, and alpha compositing for marks
 * drawn with opacity. Pure; used by the palette tests (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance).
 */

/** An sRGB colour, channels 0–255. */
export interface Rgb {
	r: number;
	g: number;
	b: number;
}

/** Parses `#rgb` or `#rrggbb` (any case); throws on anything else. */
export function parseHex(hex: string): Rgb {
	const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
	if (!m) throw new Error(`not a #rgb or #rrggbb colour: "${hex}"`);
	const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
	return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16) };
}

const toRgb = (colour: string | Rgb): Rgb => (typeof colour === 'string' ? parseHex(colour) : colour);

/** One channel, 0–255, linearised (WCAG's 0.04045 threshold, the sRGB standard's). */
function linear(channel: number): number {
	const c = channel / 255;
	return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance(colour: string | Rgb): number {
	const { r, g, b } = toRgb(colour);
	return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio, 1 to 21, the same whichever colour is given first. */
export function contrast(a: string | Rgb, b: string | Rgb): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

/** `top` painted with `alpha` (0–1) over an opaque `under`, composited in sRGB as browsers do; channels unrounded. */
export function over(top: string | Rgb, alpha: number, under: string | Rgb): Rgb {
	const t = toRgb(top);
	const u = toRgb(under);
	const mix = (x: number, y: number) => x * alpha + y * (1 - alpha);
	return { r: mix(t.r, u.r), g: mix(t.g, u.g), b: mix(t.b, u.b) };
}
