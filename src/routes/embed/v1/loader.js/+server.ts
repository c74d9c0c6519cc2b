import { LOADER_SOURCE } from '$site/embed-loader.server.ts';

export const prerender = true;

export function GET() {
	return new Response(LOADER_SOURCE, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
