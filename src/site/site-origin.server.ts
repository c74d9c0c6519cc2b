/**
 * The site's public origin, for the absolute URLs that leave the site: embed snippets, oEmbed responses and the
 * oEmbed discovery link. One setting, `SITE_ORIGIN` in the build's environment; a value that is not an http(s)
 * origin stops the build, since every snippet copied from a wrong one would point nowhere.
 */
export const DEFAULT_SITE_ORIGIN = 'http://127.0.0.1:4173';

/** `SITE_ORIGIN` as `scheme://host[:port]`, without a trailing slash; the preview server's origin when unset. */
export function siteOrigin(env: Record<string, string | undefined> = process.env): string {
	const value = env.SITE_ORIGIN?.trim() || DEFAULT_SITE_ORIGIN;
	const fail = (why: string): never => {
		throw new Error(
			`SITE_ORIGIN=${JSON.stringify(value)} ${why}: expected an origin such as https://example.org`
		);
	};
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return fail('is not a URL');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('is not http or https');
	if (url.username || url.password) fail('carries credentials');
	// An origin only: "https://example.org/" is accepted, a path, query or fragment is not.
	if (value.replace(/\/$/, '') !== url.origin)
		fail('has a path, query or fragment, or is not in canonical form');
	return url.origin;
}
