// The story page's only script. The page is prerendered without SvelteKit's client (csr = false, see
// src/routes/[story]/+page.svelte); this hydrates the story view in place from the props the page wrote beside it,
// and makes the address follow the reader. An error thrown here (no element, no props) rejects the loader's import,
// and the loader falls back to the layout without JavaScript (story-loader.ts).
import { hydrate } from 'svelte';
import StoryView from '$lib/StoryView.svelte';
import { readStoryProps, STORY_VIEW_ID } from './story-props.ts';

const target = document.getElementById(STORY_VIEW_ID);
if (!target) throw new Error(`story page: no #${STORY_VIEW_ID} element to hydrate`);
const props = readStoryProps(document);
// Loading this module is a task of its own: evaluated in the same task as the view's hydration, it made that task
// 20-30 ms longer at 4× CPU throttling. The view hydrates in the next task, and its islands in the ones after
// (src/lib/island.ts).
await new Promise((resolve) => setTimeout(resolve));
hydrate(StoryView, { target, props: { ...props, address: true, islands: true } });
