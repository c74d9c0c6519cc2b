/**
 * What an oEmbed consumer does to find a page's oEmbed response, emulated strictly: WordPress (WP_oEmbed::discover)
 * reads at most the first 150 KiB of the page, keeps what comes before `</head>`, and looks there for
 * `<link rel="alternate" type="application/json+oembed" href="…">`. A link past either limit is not found.
 */
export const DISCOVERY_BYTES = 150 * 1024;

/** The first `limit` bytes of the response at `url`, read from its stream (the rest is never downloaded). */
export async function readStart(
	url: string,
	limit = DISCOVERY_BYTES
): Promise<{ status: number; bytes: Uint8Array }> {
	const response = await fetch(url);
	const reader = response.body!.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	while (length < limit) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		length += value.length;
	}
	await reader.cancel();
	const bytes = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) bytes.set(chunk, (at += chunk.length) - chunk.length);
	return { status: response.status, bytes: bytes.slice(0, limit) };
}

/** The document's head as a consumer sees it: within the first `limit` bytes, before `</head>`. */
export function headOf(bytes: Uint8Array, limit = DISCOVERY_BYTES): string {
	const text = new TextDecoder().decode(bytes.slice(0, limit));
	const end = text.search(/<\/head\s*>/i);
	return end >= 0 ? text.slice(0, end) : text;
}

const decode = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

export interface OembedLink {
	href: string;
	title?: string;
	/** Where the tag ends, in characters from the start of `<head`. */
	end: number;
}

/** Every JSON oEmbed discovery link in `head`, attributes decoded. */
export function discoverOembed(head: string): OembedLink[] {
	const start = head.search(/<head[\s>]/i);
	const links: OembedLink[] = [];
	for (const tag of head.matchAll(/<link\b([^<>]*)>/gi)) {
		const attrs: Record<string, string> = {};
		for (const m of (tag[1] ?? '').matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g))
			attrs[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
		const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
		if (!rel.includes('alternate') || attrs.type?.toLowerCase() !== 'application/json+oembed' || !attrs.href)
			continue;
		links.push({
			href: attrs.href,
			title: attrs.title,
			end: tag.index! + tag[0].length - Math.max(0, start)
		});
	}
	return start < 0 ? [] : links;
}
