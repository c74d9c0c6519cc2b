import { brotliCompressSync, constants } from 'node:zlib';
import { expect, it } from 'vitest';
import source from './loader.js?raw';

// Every host page pays for the loader, before any story is read.
it('keeps the loader within 3,000 bytes brotli (quality 11)', () => {
	const size = brotliCompressSync(Buffer.from(source), {
		params: { [constants.BROTLI_PARAM_QUALITY]: 11 }
	}).length;
	expect(size).toBeLessThanOrEqual(3000);
});
