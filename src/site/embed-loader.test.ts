import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as endpoint from '../routes/embed/v1/loader.js/+server.ts';
import { LOADER_INTEGRITY, LOADER_SOURCE } from './embed-loader.server.ts';

describe('/embed/v1/loader.js', () => {
	it('is prerendered and serves loader.js byte for byte as JavaScript', async () => {
		const response = endpoint.GET();
		expect(endpoint.prerender).toBe(true);
		expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
		const served = Buffer.from(await response.arrayBuffer());
		expect(served.equals(readFileSync('src/lib/embed/loader.js'))).toBe(true);
		expect(LOADER_SOURCE).toBe(served.toString('utf8'));
	});

	it('has an integrity that is the sha384 of the bytes served', async () => {
		const served = Buffer.from(await endpoint.GET().arrayBuffer());
		expect(LOADER_INTEGRITY).toBe(`sha384-${createHash('sha384').update(served).digest('base64')}`);
		expect(LOADER_INTEGRITY).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);
	});
});
