import { summaries } from '$site/catalog.server';

export const load = () => ({ stories: summaries() });
