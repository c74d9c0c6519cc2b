import { WORKER_FILE } from './offline-caches.ts';

/**
 * The inline script that keeps the page's story offline: once the page has loaded, it registers the site's service
 * worker (scope: the whole site) and asks it to keep `story` (service-worker.ts). `root` is the site's root as the
 * page's links write it (SvelteKit's `assets`: `..`, `../..`, or an absolute path). The worker's answer is set on
 * <html> as `data-offline="kept"` or `"failed"` (with a console warning); the page works the same either way.
 */
/** How the registration script starts: the single offline file (single-file.ts), which has no worker, leaves it out. */
export const REGISTRATION_START = `if('serviceWorker'in navigator)`;

export function offlineRegistration(story: string, root: string): string {
	const literal = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');
	const code =
		`${REGISTRATION_START}addEventListener('load',function(){var w=navigator.serviceWorker,s=${literal(story)};` +
		`w.addEventListener('message',function(e){var d=e.data||{};if(d.kept!==s)return;` +
		`document.documentElement.setAttribute('data-offline',d.error?'failed':'kept');if(d.error)console.warn(d.error)});w.startMessages();` +
		`w.register(${literal(`${root}/${WORKER_FILE}`)}).then(function(){return w.ready}).then(function(r){r.active.postMessage({keep:s})})` +
		`.catch(function(e){document.documentElement.setAttribute('data-offline','failed');console.warn('offline: no service worker',e)})})`;
	return `<script>${code}</script>`;
}
