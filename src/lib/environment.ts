/** Whether this code runs in a browser (not in server rendering): the package knows nothing of SvelteKit's `browser`. */
export const inBrowser = typeof document !== 'undefined';
