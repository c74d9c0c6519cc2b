// Scrolly embed loader v1. Each <div data-scrolly-embed="URL" data-title="…" data-height="480"> becomes an iframe
// whose height follows its content. It speaks pym.js 1.3.2's strings (pymxPYMx<id>xPYMx<type>xPYMx<payload>), so the
// story inside has one parser for pym hosts and this one. Running it again wraps only the divs added since.
(function () {
	/** @typedef {{ el: Element, frame: HTMLIFrameElement, id: string, origin: string }} Frame */
	var D = 'xPYMx';
	/** @type {Frame[]} */
	var frames = [];
	var queued = 0;
	// Whole px, rounded up so nothing is cut; never below 1 (a frame of height 0 is invisible, and a lazy one may
	// never load) and never absurdly tall. NaN gives 0, for the caller to ignore.
	/** @param {number} h */
	function clamp(h) {
		return h === h ? Math.min(50000, Math.max(1, Math.ceil(h))) : 0;
	}
	/** @param {Frame} f @param {string} type @param {string | number} payload */
	function send(f, type, payload) {
		var w = f.frame.contentWindow;
		// Addressed to the embed's origin: if the frame navigated elsewhere, nothing is sent there.
		if (w) w.postMessage(['pym', f.id, type, payload].join(D), f.origin);
	}
	/** @param {Frame} f */
	function width(f) {
		send(f, 'width', f.frame.clientWidth);
	}
	/** @param {Frame} f */
	function position(f) {
		var r = f.frame.getBoundingClientRect();
		send(
			f,
			'viewport-iframe-position',
			[innerWidth, innerHeight, r.top, r.left, r.bottom, r.right].join(' ')
		);
	}
	function tick() {
		queued = 0;
		frames.forEach(position);
	}
	function schedule() {
		queued = queued || requestAnimationFrame(tick);
	}
	/** @param {Element} el */
	function wrap(el) {
		var raw = el.getAttribute('data-scrolly-embed');
		if (!raw || el.hasAttribute('data-scrolly-id')) return;
		var url;
		try {
			url = new URL(raw, location.href);
		} catch (error) {
			return console.warn('scrolly embed: not a URL', raw, error);
		}
		if (!/^https?:$/.test(url.protocol)) return;
		var id = 'scrolly-' + Math.random().toString(36).slice(2, 10);
		url.searchParams.set('childId', id);
		var frame = document.createElement('iframe');
		var f = { el: el, frame: frame, id: id, origin: url.origin };
		frame.src = url.href;
		frame.title = el.getAttribute('data-title') || 'Embedded story';
		frame.setAttribute('loading', 'lazy');
		// The reserved height is set before insertion, so the host's text does not jump when the frame appears.
		var reserved = clamp(parseFloat(el.getAttribute('data-height') || '480')) || 480;
		frame.style.cssText = 'display:block;width:100%;border:0;height:' + reserved + 'px';
		frame.addEventListener('load', function () {
			width(f);
			position(f);
		});
		el.setAttribute('data-scrolly-id', id);
		el.textContent = '';
		el.appendChild(frame);
		frames.push(f);
	}
	/** @param {MessageEvent} e */
	function receive(e) {
		var f = frames.filter(function (f) {
			// A removed frame's contentWindow is null, as is a synthetic event's source: both match nothing.
			return e.source && e.source === f.frame.contentWindow && e.origin === f.origin;
		})[0];
		var d = e.data;
		if (!f) return;
		if (d && d.type === 'scrolly:step') {
			f.el.dispatchEvent(new CustomEvent('scrolly:step', { bubbles: true, detail: d }));
			return;
		}
		var p = typeof d === 'string' ? d.split(D) : [];
		var n = parseFloat(p[3] || '');
		if (p.length !== 4 || p[0] !== 'pym' || p[1] !== f.id) return;
		// As pym.Parent does: the story asks where it is when it starts following the host's scroll.
		if (p[2] === 'parentPositionInfo') return position(f);
		if (n !== n) return;
		if (p[2] === 'height') f.frame.style.height = clamp(n) + 'px';
		// The story may only bring a point inside its own frame to the top.
		if (p[2] === 'scrollToChildPos') {
			var y = Math.min(Math.max(n, 0), f.frame.offsetHeight);
			scrollTo(0, f.frame.getBoundingClientRect().top + pageYOffset + y);
		}
	}
	function run() {
		document.querySelectorAll('[data-scrolly-embed]').forEach(wrap);
		if (!frames.length) return;
		addEventListener('message', receive);
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', function () {
			frames.forEach(width);
			schedule();
		});
	}
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run);
	else run();
})();
