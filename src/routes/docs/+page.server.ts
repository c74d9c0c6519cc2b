import { apiDocs } from '$site/api-docs.ts';

// A static route: kit's default prerender entry '*' includes it. Read from the package's source at build time.
export const load = () => ({ exports: apiDocs() });
