// The scroll layout: the story in stories/<story>/, read and checked at build time, hydrated in the browser.
import { readerProps, storySlugs } from 'scrolly-explainer/node';

export const entries = () => storySlugs('.').map((story) => ({ story }));
export const load = ({ params }) => readerProps(`stories/${params.story}`);
