import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import source from './loader.js?raw';

const EMBED = 'https://stories.example';
const URL_ = `${EMBED}/embed/demo-story/harbour/?mode=stepper#step-harbour-opens`;

/**
 * A host page running the loader, with animation frames run by hand and each frame's postMessage recorded. The
 * loader runs while the page is still loading (as a script in the body does), so it waits for the DOM.
 */
async function hostPage(body: string) {
	const dom = new JSDOM(body, { url: 'https://news.example/article', runScripts: 'outside-only' });
	const win = dom.window;
	const frames: FrameRequestCallback[] = [];
	win.requestAnimationFrame = (callback) => frames.push(callback);
	win.scrollTo = vi.fn() as typeof win.scrollTo;
	const run = () => win.eval(source);
	run();
	await new Promise((resolve) => win.document.addEventListener('DOMContentLoaded', resolve));
	const iframes = () => [...win.document.querySelectorAll('iframe')];
	const spy = (frame: HTMLIFrameElement) => {
		const sent = vi.fn();
		frame.contentWindow!.postMessage = sent;
		return sent;
	};
	const post = (data: unknown, from: Window | null, origin = EMBED) =>
		win.dispatchEvent(new win.MessageEvent('message', { data, source: from, origin }));
	const nextFrame = () => frames.splice(0).forEach((callback) => callback(0));
	return { win, run, iframes, spy, post, nextFrame };
}

const childId = (frame: HTMLIFrameElement) => new URL(frame.src).searchParams.get('childId')!;

describe('loader', () => {
	it('turns the div into a titled, lazy, full-width iframe, with childId added and the hash kept', async () => {
		const { iframes, win } = await hostPage(
			`<div data-scrolly-embed="${URL_}" data-title="A demo story"><a href="${URL_}">Read</a></div>`
		);
		const [frame] = iframes();
		expect(iframes()).toHaveLength(1);
		expect(win.document.querySelector('a')).toBeNull();
		expect(frame!.title).toBe('A demo story');
		expect(frame!.getAttribute('loading')).toBe('lazy');
		expect(frame!.style.width).toBe('100%');
		expect(frame!.style.borderStyle || frame!.style.borderWidth).toMatch(/^(none|0(px)?)$/);
		const src = new URL(frame!.src);
		expect(src.origin + src.pathname).toBe(`${EMBED}/embed/demo-story/harbour/`);
		expect(src.searchParams.get('mode')).toBe('stepper');
		expect(childId(frame!)).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
		expect(src.hash).toBe('#step-harbour-opens');
	});

	it('sets the reserved height before the iframe is inserted: data-height, else 480', async () => {
		const dom = new JSDOM(
			`<div data-scrolly-embed="${URL_}" data-height="912"></div><div data-scrolly-embed="/e/">`,
			{
				url: 'https://news.example/article',
				runScripts: 'outside-only'
			}
		);
		const heights: string[] = [];
		for (const div of dom.window.document.querySelectorAll('div')) {
			const append = div.appendChild.bind(div);
			div.appendChild = <T extends Node>(node: T) => (
				heights.push((node as Node as HTMLElement).style.height),
				append(node)
			);
		}
		dom.window.eval(source);
		await new Promise((resolve) => dom.window.document.addEventListener('DOMContentLoaded', resolve));
		expect(heights).toEqual(['912px', '480px']);
		expect(dom.window.document.querySelectorAll('iframe')[1]!.title).toBe('Embedded story');
	});

	it('wraps each div once when run twice, and only the divs added since', async () => {
		const { win, run, iframes } = await hostPage(`<div data-scrolly-embed="${URL_}"></div>`);
		const first = iframes()[0]!.src;
		win.document.body.insertAdjacentHTML('beforeend', `<div data-scrolly-embed="/embed/other/"></div>`);
		run();
		expect(iframes().map((f) => f.src)).toHaveLength(2);
		expect(iframes()[0]!.src).toBe(first);
		expect(new URL(iframes()[1]!.src).origin).toBe('https://news.example');
		expect(childId(iframes()[1]!)).not.toBe(childId(iframes()[0]!));
	});

	it('leaves alone a div whose URL is not http(s)', async () => {
		const { iframes } = await hostPage(`<div data-scrolly-embed="javascript:alert(1)"></div>`);
		expect(iframes()).toHaveLength(0);
	});

	it('sets heights from its own frame, clamped to whole px in [1, 50000], ignoring what is not a number', async () => {
		const { iframes, post } = await hostPage(`<div data-scrolly-embed="${URL_}"></div>`);
		const frame = iframes()[0]!;
		const height = (payload: string) => {
			post(`pymxPYMx${childId(frame)}xPYMxheightxPYMx${payload}`, frame.contentWindow);
			return frame.style.height;
		};
		expect(height('640')).toBe('640px');
		expect(height('abc')).toBe('640px');
		expect(height('')).toBe('640px');
		expect(height('-5')).toBe('1px');
		expect(height('1e9')).toBe('50000px');
		expect(height('12.4')).toBe('13px');
	});

	it('ignores messages from another frame, another origin, no source, or for another id', async () => {
		const { iframes, post, win } = await hostPage(
			`<div data-scrolly-embed="${URL_}"></div><iframe id="ad" src="about:blank"></iframe>`
		);
		const frame = iframes()[0]!;
		const ad = (win.document.getElementById('ad') as HTMLIFrameElement).contentWindow;
		const steps = vi.fn();
		win.document.addEventListener('scrolly:step', steps);
		const height = `pymxPYMx${childId(frame)}xPYMxheightxPYMx900`;
		post(height, ad);
		post(height, frame.contentWindow, 'https://evil.example');
		post(height, null);
		post(height, win as unknown as Window, 'https://news.example');
		post(`pymxPYMxsomeone-elsexPYMxheightxPYMx900`, frame.contentWindow);
		post({ type: 'scrolly:step', step: 'x' }, ad);
		expect(frame.style.height).toBe('480px');
		expect(steps).not.toHaveBeenCalled();
	});

	it('takes a message with no source for no frame, not even one the host removed', async () => {
		const { iframes, post, win } = await hostPage(`<div data-scrolly-embed="${URL_}"></div>`);
		const frame = iframes()[0]!;
		const steps = vi.fn();
		win.document.addEventListener('scrolly:step', steps);
		// A browser nulls a removed iframe's contentWindow (jsdom keeps it, so the test does it).
		frame.parentElement!.remove();
		Object.defineProperty(frame, 'contentWindow', { value: null });
		post(`pymxPYMx${childId(frame)}xPYMxheightxPYMx900`, null);
		post({ type: 'scrolly:step', step: 'x' }, null);
		expect(frame.style.height).toBe('480px');
		expect(steps).not.toHaveBeenCalled();
	});

	it('re-dispatches the step event on the div, bubbling, for hosts’ analytics', async () => {
		const { iframes, post, win } = await hostPage(`<div data-scrolly-embed="${URL_}"></div>`);
		const info = {
			type: 'scrolly:step',
			story: 'demo-story',
			chapter: 'harbour',
			step: 'a',
			index: 0,
			count: 4
		};
		const steps: CustomEvent[] = [];
		win.document.addEventListener('scrolly:step', (e) => steps.push(e as CustomEvent));
		post(info, iframes()[0]!.contentWindow);
		expect(steps).toHaveLength(1);
		expect(steps[0]!.target).toBe(win.document.querySelector('[data-scrolly-embed]'));
		expect(steps[0]!.detail).toEqual(info);
	});

	it('scrolls the host so a point inside the frame is at the top, and no further than the frame', async () => {
		const { iframes, post, win } = await hostPage(`<div data-scrolly-embed="${URL_}"></div>`);
		const frame = iframes()[0]!;
		frame.getBoundingClientRect = () => ({ top: 300 }) as DOMRect;
		Object.defineProperty(frame, 'offsetHeight', { value: 2000 });
		Object.defineProperty(win, 'pageYOffset', { value: 1000 });
		post(`pymxPYMx${childId(frame)}xPYMxscrollToChildPosxPYMx250`, frame.contentWindow);
		post(`pymxPYMx${childId(frame)}xPYMxscrollToChildPosxPYMx999999`, frame.contentWindow);
		expect(vi.mocked(win.scrollTo).mock.calls).toEqual([
			[0, 1550],
			[0, 3300]
		]);
	});

	it('sends the width and viewport on load, then the viewport once per animation frame while scrolling', async () => {
		const { iframes, win, spy, nextFrame } = await hostPage(`<div data-scrolly-embed="${URL_}"></div>`);
		const frame = iframes()[0]!;
		const sent = spy(frame);
		frame.getBoundingClientRect = () => ({ top: -120.5, left: 8, bottom: 879.5, right: 383 }) as DOMRect;
		const id = childId(frame);
		frame.dispatchEvent(new win.Event('load'));
		const viewport = `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx1024 768 -120.5 8 879.5 383`;
		expect(sent.mock.calls).toEqual([
			[`pymxPYMx${id}xPYMxwidthxPYMx0`, EMBED],
			[viewport, EMBED]
		]);
		sent.mockClear();
		for (let i = 0; i < 3; i++) win.dispatchEvent(new win.Event('scroll'));
		expect(sent).not.toHaveBeenCalled();
		nextFrame();
		expect(sent.mock.calls).toEqual([[viewport, EMBED]]);
		sent.mockClear();
		win.dispatchEvent(new win.Event('resize'));
		nextFrame();
		expect(sent.mock.calls).toEqual([
			[`pymxPYMx${id}xPYMxwidthxPYMx0`, EMBED],
			[viewport, EMBED]
		]);
	});
});
