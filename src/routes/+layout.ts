export const prerender = true;
export const trailingSlash = 'always';
// Every page is a prerendered document, and links between them are ordinary page loads: no SvelteKit client (its
// router, data decoding and app entry are 17 kB brotli). The story page brings its own script, which hydrates only
// the story view: src/site/story-client.ts. A route that needs the router can set `csr = true` for itself.
export const csr = false;
