// A static server for build/, as a CDN would serve it: 127.0.0.1 only, brotli or gzip when the client accepts them,
// long caching for hashed assets, and the headers of build/_headers applied as Cloudflare Pages applies them (its
// security policy among them). Used by `npm start`, the browser tests and the benchmark.
// Usage: node scripts/serve.js [--port 4173] [--dir build]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { headersFor, parseHeaders } from '../src/site/headers-file.js';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

/**
 * The 404.html nearest to `path` in `root`'s tree, from the folder `path` would be in upwards, or undefined.
 * @param {string} root
 * @param {string} path
 */
function nearest404(root, path) {
	for (let dir = dirname(path); dir.startsWith(root); dir = dirname(dir)) {
		const page = join(dir, '404.html');
		if (existsSync(page)) return page;
		if (dir === root) break;
	}
	return undefined;
}

/**
 * Serves `dir` on 127.0.0.1:`port` (0 for any free port).
 * @param {string} [dir]
 * @param {number} [port]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve(dir = 'build', port = 0) {
	const root = resolve(dir);
	const cache = new Map();
	const rulesFile = join(root, '_headers');
	/** @type {{ mtime: number, rules: import('../src/site/headers-file.js').HeaderRule[] }} */
	let rules = { mtime: -1, rules: [] };
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		// Read again whenever the site is rebuilt; a host's own files are not part of the site.
		const mtime = existsSync(rulesFile) ? statSync(rulesFile).mtimeMs : 0;
		if (mtime !== rules.mtime)
			rules = { mtime, rules: mtime ? parseHeaders(readFileSync(rulesFile, 'utf8')) : [] };
		/** @param {number} status @param {Record<string, string>} [head] */
		const writeHead = (status, head = {}) =>
			res.writeHead(status, headersFor(rules.rules, url.pathname, head));
		let path;
		try {
			path = normalize(join(root, decodeURIComponent(url.pathname)));
		} catch {
			writeHead(400).end('Bad request');
			return;
		}
		if (path !== root && !path.startsWith(root + sep)) {
			writeHead(403).end('Forbidden');
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				writeHead(308, { location: url.pathname + '/' + url.search }).end();
				return;
			}
			path = join(path, 'index.html');
		}
		if (!existsSync(path) || !statSync(path).isFile() || path === rulesFile) {
			// As Cloudflare Pages does: the nearest 404.html up the path (an embed's list of its story's chapters).
			const page = nearest404(root, path);
			if (page) writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(page));
			else writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const ext = extname(path);
		const headers = {
			'content-type': TYPES[ext] ?? 'application/octet-stream',
			'cache-control': url.pathname.startsWith('/_app/immutable/')
				? 'public, max-age=31536000, immutable'
				: 'no-cache',
			'x-content-type-options': 'nosniff'
		};
		const accept = String(req.headers['accept-encoding'] ?? '');
		const encoding = !COMPRESSIBLE.has(ext)
			? undefined
			: /\bbr\b/.test(accept)
				? 'br'
				: /\bgzip\b/.test(accept)
					? 'gzip'
					: undefined;
		if (!encoding) {
			writeHead(200, headers);
			if (req.method === 'HEAD') res.end();
			else createReadStream(path).pipe(res);
			return;
		}
		const key = `${encoding}:${path}:${statSync(path).mtimeMs}`;
		if (!cache.has(key)) {
			const raw = readFileSync(path);
			cache.set(
				key,
				encoding === 'br'
					? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
					: gzipSync(raw, { level: 9 })
			);
		}
		const body = cache.get(key);
		writeHead(200, {
			...headers,
			'content-encoding': encoding,
			vary: 'accept-encoding',
			'content-length': String(body.length)
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			const { port: actual } = /** @type {import('node:net').AddressInfo} */ (server.address());
			ok({
				url: `http://127.0.0.1:${actual}`,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}

if (import.meta.url === `file://${process.argv[1]}`) {
	/** @param {string} name @param {string} fallback */
	const arg = (name, fallback) => {
		const i = process.argv.indexOf(`--${name}`);
		return i > 0 ? process.argv[i + 1] : fallback;
	};
	const { url } = await serve(arg('dir', 'build'), Number(arg('port', '4173')));
	console.log(`Serving build/ on ${url}/ (Ctrl-C to stop)`);
}
