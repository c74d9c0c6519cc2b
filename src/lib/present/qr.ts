import { encode } from 'uqr';

/**
 * `text` as a QR code: one SVG path of one-module-high runs, `size` modules wide plus a 4-module quiet zone on each side,
 * made here, so no outside service ever sees the address. Medium error correction, which survives a projector's glare
 * and a phone held at an angle.
 */
export function qrPath(text: string): { path: string; size: number } {
	const { data, size } = encode(text, { ecc: 'M', border: 0 });
	let path = '';
	data.forEach((row, y) => {
		// One rectangle per run of dark modules in a row.
		for (let x = 0; x < size; x++) {
			if (!row[x]) continue;
			let run = 1;
			while (row[x + run]) run++;
			path += `M${x + 4} ${y + 4}h${run}v1h-${run}z`;
			x += run;
		}
	});
	return { path, size: size + 8 };
}
