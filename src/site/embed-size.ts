/**
 * The height an embed asks its frame to be, read from a message posted to the page holding the frame. Every embed
 * posts AMP's `{sentinel: 'amp', type: 'embed-size', height}` (notes/EMBED-CONTRACT.md); a message counts only when
 * it comes from that frame's window, and its height is clamped to whole pixels in [1, 50000].
 */
export const MAX_EMBED_HEIGHT = 50_000;

/** The height in `event`, when `frame` posted it as AMP's embed-size message; undefined for anything else. */
export function embedHeight(
	event: Pick<MessageEvent, 'data' | 'source'>,
	frame: unknown
): number | undefined {
	if (!frame || event.source !== frame) return undefined;
	const data: unknown = event.data;
	if (typeof data !== 'object' || data === null) return undefined;
	const { sentinel, type, height } = data as Record<string, unknown>;
	if (sentinel !== 'amp' || type !== 'embed-size') return undefined;
	const px = typeof height === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(height) ? Number(height) : height;
	if (typeof px !== 'number' || !Number.isFinite(px)) return undefined;
	return Math.min(MAX_EMBED_HEIGHT, Math.max(1, Math.round(px)));
}
