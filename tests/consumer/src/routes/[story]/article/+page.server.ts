// The article layout: the same story, every step followed by its own figure, as prerendered HTML with no script.
export { entries, load } from '../+page.server';
export const csr = false;
