import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectHost, type HostLink } from './host-link.ts';

const ID = 'scrolly-a1';
const WIDTH = `pymxPYMx${ID}xPYMxwidthxPYMx375`;

/** A host page with our frame and a sibling frame; postMessage to the host is recorded. */
function hostPage() {
	const { window: host } = new JSDOM('<iframe id="ours"></iframe><iframe id="sibling"></iframe>', {
		url: 'https://host.example/article'
	});
	const frame = (id: string) => (host.document.getElementById(id) as HTMLIFrameElement).contentWindow!;
	const sent = vi.fn();
	host.postMessage = sent;
	return { host: host as unknown as Window, child: frame('ours'), sibling: frame('sibling'), sent };
}

/** Posts as a frame would: the event must be made by the receiving window's own jsdom. */
function post(to: Window, data: unknown, source: Window | null) {
	const { MessageEvent } = to as unknown as typeof globalThis;
	to.dispatchEvent(new MessageEvent('message', { data, source, origin: 'https://host.example' }));
}

describe('connectHost', () => {
	let link: HostLink | undefined;
	afterEach(() => link?.stop());

	it('hears width and viewport only from its parent', () => {
		const { host, child, sibling } = hostPage();
		const onWidth = vi.fn();
		const onViewport = vi.fn();
		link = connectHost(child, { childId: ID, secret: null, onWidth, onViewport });
		post(child, WIDTH, sibling);
		post(child, WIDTH, child);
		post(child, WIDTH, null);
		expect(onWidth).not.toHaveBeenCalled();
		post(child, WIDTH, host);
		post(child, `pymxPYMx${ID}xPYMxviewport-iframe-positionxPYMx1280 720 -100 0 500 1280`, host);
		post(child, `pymxPYMxscrolly-b2xPYMxwidthxPYMx999`, host);
		post(child, { kind: 'width', width: 1 }, host);
		expect(onWidth.mock.calls).toEqual([[375]]);
		expect(onViewport.mock.calls).toEqual([
			[{ kind: 'viewport', width: 1280, height: 720, top: -100, left: 0, bottom: 500, right: 1280 }]
		]);
	});

	it('sends each new height once, in every format the host may speak, and never navigateTo', () => {
		const { host, child, sent } = hostPage();
		link = connectHost(child, {
			childId: ID,
			secret: 'Ab3dE6gH9j',
			onWidth: undefined,
			onViewport: undefined
		});
		link.sendHeight(600.4);
		link.sendHeight(600.9);
		link.sendHeight(700);
		link.scrollTo(120);
		const messages = sent.mock.calls.map(([message, target]) => (expect(target).toBe('*'), message));
		expect(messages).toEqual([
			`pymxPYMx${ID}xPYMxheightxPYMx601`,
			{ sentinel: 'amp', type: 'embed-size', height: 601 },
			{ secret: 'Ab3dE6gH9j', message: 'height', value: 601 },
			`pymxPYMx${ID}xPYMxheightxPYMx700`,
			{ sentinel: 'amp', type: 'embed-size', height: 700 },
			{ secret: 'Ab3dE6gH9j', message: 'height', value: 700 },
			`pymxPYMx${ID}xPYMxscrollToChildPosxPYMx120`
		]);
		expect(JSON.stringify(messages)).not.toContain('navigateTo');
		expect(host).toBe(child.parent);
	});

	it('sends the step event, and nothing at all once stopped', () => {
		const { host, child, sent } = hostPage();
		const onWidth = vi.fn();
		link = connectHost(child, { childId: ID, secret: null, onWidth });
		const info = {
			story: 'demo-story',
			chapter: 'harbour',
			step: 'harbour-opens',
			index: 2,
			count: 5
		};
		link.sendStep(info);
		expect(sent).toHaveBeenLastCalledWith({ type: 'scrolly:step', ...info }, '*');
		link.stop();
		link.sendStep(info);
		link.sendHeight(10);
		post(child, WIDTH, host);
		expect(sent).toHaveBeenCalledOnce();
		expect(onWidth).not.toHaveBeenCalled();
	});

	it('does nothing outside a frame', () => {
		const { window: top } = new JSDOM('', { url: 'https://embed.example/embed/s/c/' });
		const sent = vi.fn();
		top.postMessage = sent;
		const onWidth = vi.fn();
		link = connectHost(top as unknown as Window, { childId: ID, secret: null, onWidth });
		link.sendHeight(100);
		link.sendStep({ story: 's', chapter: 'c', step: 'x', index: 0, count: 1 });
		post(top as unknown as Window, WIDTH, top as unknown as Window);
		expect(sent).not.toHaveBeenCalled();
		expect(onWidth).not.toHaveBeenCalled();
	});
});
