/**
 * Files arrive from editors on every platform: a byte-order mark and CRLF line ends are accepted and normalised,
 * so that line and column numbers in diagnostics match what the author's editor shows.
 */
export function normalise(text: string): string {
	return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** 1-based line and column of a character offset in `text`. */
export function position(text: string, offset: number): { line: number; col: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text[i] === '\n') {
			line++;
			start = i + 1;
		}
	}
	return { line, col: Math.max(1, offset - start + 1) };
}

/** Kebab-case ids are the deep links of steps and the names of chapters: lower-case words joined by hyphens. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
